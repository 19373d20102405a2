package org.orepass.provenance.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.orepass.provenance.SubjectKind;

/**
 * The verification codes and the facts a passport shows (a port; persistence answers from {@code verification_code}
 * and the export and custody tables in plain SQL, so the passport needs no other feature's internals).
 */
public interface VerificationCodes {

    /** What a code stands for, revoked or not; empty for an unknown code. */
    Optional<Subject> find(String code);

    /** The code of a certificate, shipment or tag. */
    Optional<String> codeOf(SubjectKind kind, long id);

    /** The code of a shipment's certificate, if it has one. */
    Optional<String> certificateCodeOfShipment(long shipmentId);

    /** The shipment of a SHIPMENT code, or of a CERTIFICATE code (the certificate's id). */
    Optional<ShipmentFacts> shipment(SubjectKind kind, long id);

    Optional<TagFacts> tag(long tagId);

    record Subject(SubjectKind kind, long id, boolean revoked) {
    }

    /** A shipment's public facts, with its certificate's when there is one. */
    record ShipmentFacts(long shipmentId, String status, String mineral, BigDecimal massKg, BigDecimal grade,
            String transportMode, String route, String borderPost, String destinationCountry, LocalDate shipmentDate,
            Long exportLotId, String certificateNumber, String issuingCountry, LocalDate issuedOn,
            LocalDate expiresOn) {
    }

    /** A tag and the production lot it seals, if any. */
    record TagFacts(long tagId, String number, String country, String status, long siteId, Long lotId,
            String mineral, BigDecimal massKg, BigDecimal grade, LocalDate productionDate) {
    }

    /**
     * Withdraws a code (sets {@code revoked_at}; the ledger's trigger records the withdrawal) and writes the audit
     * entry; false when it was already withdrawn.
     */
    boolean revoke(String code, String actor);
}
