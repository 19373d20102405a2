package org.orepass.producer;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

/** What a mercury record says (checked by {@link Producers#recordMercury}). */
public record MercuryDetails(LocalDate periodStart, LocalDate periodEnd, BigDecimal mercuryUsedKg,
        BigDecimal mercuryRecoveredKg, BigDecimal goldG, Set<ProcessingMethod> methods, boolean openBurning,
        boolean residentialBurning, boolean cyanideOnMercuryTailings) {
}
