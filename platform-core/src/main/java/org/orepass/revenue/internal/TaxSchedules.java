package org.orepass.revenue.internal;

import org.orepass.revenue.TaxSchedule;
import org.orepass.revenue.TaxType;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.orepass.site.Mineral;

/** Tax schedules (a port; persistence implements it). */
public interface TaxSchedules {

    TaxSchedule add(TaxSchedule schedule);

    Optional<TaxSchedule> findById(Long id);

    /** Every schedule, or a country's, by country, mineral, tax type and newest validity first. */
    List<TaxSchedule> list(String country);

    /** The schedules of the country and mineral valid on the day, both ends of validity included. */
    List<TaxSchedule> validOn(String country, Mineral mineral, LocalDate day);

    /** Same country, mineral and type, another id, and at least one day in common with from..to (to may be open). */
    List<TaxSchedule> overlapping(String country, Mineral mineral, TaxType taxType, LocalDate from, LocalDate to,
            Long exceptId);
}
