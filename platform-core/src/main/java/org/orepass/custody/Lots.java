package org.orepass.custody;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.orepass.site.Mineral;

/** Lots (a port; persistence implements it). */
public interface Lots {

    Lot add(Lot lot);

    Optional<Lot> findById(Long id);

    /** The next number of the platform-wide lot sequence. */
    long nextNumber();

    /** Kilograms of the mineral produced at the site between the two dates, both included. */
    BigDecimal producedKg(Long siteId, Mineral mineral, LocalDate from, LocalDate to);

    /** The newest lots, at most {@code limit}; all of them, or those the organisation holds. */
    List<Lot> newest(int limit);

    List<Lot> newestHeldBy(Long organisationId, int limit);
}
