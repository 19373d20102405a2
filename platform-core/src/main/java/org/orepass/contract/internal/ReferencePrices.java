package org.orepass.contract.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.orepass.contract.ReferencePrice;
import org.orepass.site.Mineral;

/** The reference prices administrators record (a port). */
public interface ReferencePrices {

    ReferencePrice add(ReferencePrice price);

    /** The latest price of the mineral in the currency on or before the day (the latest recorded on a tie). */
    Optional<ReferencePrice> latest(Mineral mineral, String currency, LocalDate onOrBefore);

    /** The latest price of the mineral on or before the day, whatever its currency. */
    Optional<ReferencePrice> latestAny(Mineral mineral, LocalDate onOrBefore);

    /** The most recent prices recorded, newest day first. */
    List<ReferencePrice> recent(int limit);
}
