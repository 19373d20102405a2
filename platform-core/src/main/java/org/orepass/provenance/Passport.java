package org.orepass.provenance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.orepass.site.Mineral;
import org.orepass.site.SiteStatus;

/**
 * What a downstream buyer may check about a certificate, a shipment or a tag without an account (issue 18): the
 * mineral, mass and grade, the certificate and its validity, the export route, the mine sites of origin by name and
 * district with their share by mass and colour, and whether the due-diligence rules block any part of the chain.
 * Nothing confidential: no coordinates, no prices, no persons, no tax details; ICGLR identifiers (which contain
 * coordinates) only for API-token holders ({@link Origin#icglrId}).
 *
 * @param state what the code stands for now (computed when asked, so a later change of status shows)
 * @param integrity the tamper check of the chain's records in the custody ledger (issue 18) and the proof tying them
 *     to the latest signed head; null for a tag not yet on a lot (no custody event to check)
 * @param blocked whether a due-diligence rule (a red site, a site under review, a problem of the chain that stops a
 *     certificate) blocks any part of the chain today; which one and whose decision is not said
 * @param receipt the downstream organisation's confirmed receipt of an exported lot (the chain is closed), or null
 */
public record Passport(String code, SubjectKind kind, State state, Mineral mineral, BigDecimal massKg,
        BigDecimal grade, String certificateNumber, String issuingCountry, LocalDate issuedOn, LocalDate expiresOn,
        Route route, String tagNumber, String tagCountry, LocalDate productionDate, List<Origin> origins,
        List<ImportedOrigin> imported, boolean blocked, LocalDate checkedOn, Receipt receipt, Integrity integrity) {

    /** Where the code's subject stands today. */
    public enum State {
        /** A certificate (or a certified shipment) within its validity. */
        VALID,
        /** A certificate past its expiry date. */
        EXPIRED,
        /** A shipment submitted and waiting for the inspector's certificate. */
        AWAITING_CERTIFICATE,
        /** A shipment the inspector refused: no certificate. */
        REFUSED,
        /** A tag issued to a site and not yet on a lot. */
        TAG_NOT_USED,
        /** A tag sealing a production lot. */
        TAG_ON_LOT,
        /** A tag voided (lost, damaged, withdrawn). */
        TAG_VOIDED
    }

    /** The export route as the shipment declared it: transport, the countries on the way, border post. */
    public record Route(String transportMode, List<String> countries, String borderPost, String destinationCountry,
            LocalDate shipmentDate) {
    }

    /**
     * A mine site of origin: name, country and district (ISO 3166-2 division), the share by mass of the checked
     * lots that came from it, its colour when the ore was mined (the worst over its lots' production dates, null
     * when not known that early) and today. {@code icglrId} is null unless the reader holds an API token.
     */
    public record Origin(String siteName, String country, String district, BigDecimal share, SiteStatus statusThen,
            SiteStatus statusToday, String icglrId) {
    }

    /** An import whose chain starts outside the platform: the country its document states and its share. */
    public record ImportedOrigin(String country, BigDecimal share) {
    }

    /**
     * Who received the exported lot downstream and when, as that organisation confirmed it (issue 18): a smelter or
     * refiner is an organisation, so its name is shown, with its RMI smelter id and audit status when it has them.
     */
    public record Receipt(String receiverName, String receiverCountry,
            org.orepass.organisation.OrganisationType receiverType, String smelterId,
            org.orepass.organisation.SmelterAuditStatus auditStatus, LocalDate auditDate, LocalDate receivedOn,
            BigDecimal receivedKg) {
    }

    /** Whether a downstream organisation confirmed receipt: the chain from mine to smelter is closed. */
    public boolean isClosed() {
        return receipt != null;
    }

    /** Whether the subject is a certificate or shipment (the export facts apply) rather than a tag. */
    public boolean isExport() {
        return kind != SubjectKind.TAG;
    }

    /**
     * The custody ledger's check of this passport's events (the lots of its chain, their operations, transfers and
     * imports, the shipment and its certificate), each recomputed from the live rows, and the proof: the records'
     * hashes and the latest published head, signed (JWS, EdDSA) with the key of {@code /ledger/jwks.json}.
     */
    public record Integrity(Check check, List<Link> records, Head head) {

        /** INTACT: every record matches; FAILED: a row changed after it was recorded; PENDING: not yet chained. */
        public enum Check {
            INTACT, FAILED, PENDING
        }

        /** A record of the chain: hash = SHA-256 of {@code position|source|sourceId|contentHash|prevHash}. */
        public record Link(long position, String source, long sourceId, String contentHash, String prevHash,
                String recordHash) {
        }

        /** A published head: its position, its record's hash and the signed JWS. */
        public record Head(long position, String recordHash, java.time.Instant publishedAt, String keyId,
                String jws) {
        }

        public boolean failed() {
            return check == Check.FAILED;
        }
    }
}
