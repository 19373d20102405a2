package org.orepass.revenue;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.orepass.site.Mineral;

/** What an administrator types into a tax schedule. {@code validTo} may be open (null). */
public record ScheduleDetails(
        String country,
        Mineral mineral,
        TaxType taxType,
        BigDecimal rate,
        String currency,
        BigDecimal referenceValuePerKg,
        String taxAuthority,
        LocalDate validFrom,
        LocalDate validTo) {
}
