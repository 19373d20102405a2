package org.orepass.custody;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.orepass.site.Mineral;

/** What the operator (or inspector) records about a lot produced at a site. */
public record ProductionDetails(
        String tagNumber,
        Mineral mineral,
        BigDecimal mass,
        MassUnit unit,
        BigDecimal concentration,
        String packageType,
        Integer packageCount,
        LocalDate productionDate) {

    public BigDecimal massKg() {
        return unit.toKilograms(mass);
    }
}
