package org.orepass.custody;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.orepass.site.Mineral;

/**
 * What the operator (or inspector) records about a lot produced at a site. {@code concentration} is the grade in
 * percent of {@code gradeBasis} (null: the mineral's canonical basis, {@link GradeBasis#canonicalFor}).
 */
public record ProductionDetails(
        String tagNumber,
        Mineral mineral,
        BigDecimal mass,
        MassUnit unit,
        BigDecimal concentration,
        String packageType,
        Integer packageCount,
        LocalDate productionDate,
        GradeBasis gradeBasis) {

    /** Details with a grade, if any, on the mineral's canonical basis. */
    public ProductionDetails(String tagNumber, Mineral mineral, BigDecimal mass, MassUnit unit,
            BigDecimal concentration, String packageType, Integer packageCount, LocalDate productionDate) {
        this(tagNumber, mineral, mass, unit, concentration, packageType, packageCount, productionDate, null);
    }

    public BigDecimal massKg() {
        return unit.toKilograms(mass);
    }
}
