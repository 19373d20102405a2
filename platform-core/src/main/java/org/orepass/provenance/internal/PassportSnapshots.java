package org.orepass.provenance.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.orepass.provenance.Passport;

/**
 * Passports kept (issue 18, docs/provenance.md "Passports kept"): the stable part of a code's passport, computed
 * once and kept until something under it changes (a custody row of its chain, an origin site, an open review, the
 * ledger chaining its waiting events) or the day ends. A port; persistence keeps them in {@code passport_snapshot}
 * (V105) and answers whether one is still fresh in one query.
 */
public interface PassportSnapshots {

    /**
     * What does not change unless the chain under it does: the origins (ICGLR ids included; the reader's door
     * strips them), the imports, whether a rule blocks the chain, the chain's lots, and the ledger's check of its
     * records with the records themselves.
     */
    record Stable(List<Passport.Origin> origins, List<Passport.ImportedOrigin> imported, boolean blocked,
            List<Long> lotIds, List<Long> siteIds, Passport.Integrity.Check check,
            List<Passport.Integrity.Link> records) {
    }

    /** Where the platform stood before computing: later touches and chaining make the passport stale. */
    record Marks(long touchSeen, boolean pending, long headPosition) {
    }

    /** The kept stable part of this code, if it was computed today and nothing under it changed since. */
    Optional<Stable> fresh(String code, LocalDate today);

    /** Read before computing. */
    Marks marks();

    /** Keeps (or replaces) the code's stable part, in its own transaction. */
    void keep(String code, LocalDate today, Marks marks, Long shipmentId, Stable stable);

    /**
     * Deletes what no kept passport can need any more: passports computed before {@code keptFrom} (stale anyway) and
     * custody touches noted before {@code touchedBefore}. The number of touches deleted.
     */
    int prune(LocalDate keptFrom, java.time.Instant touchedBefore);
}
