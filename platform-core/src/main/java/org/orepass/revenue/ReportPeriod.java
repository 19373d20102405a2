package org.orepass.revenue;

import java.time.LocalDate;

/** How a revenue report groups taxes in time, by the day they fell due. */
public enum ReportPeriod {
    MONTH,
    QUARTER,
    YEAR;

    /** How the period starting on the day is written: 2026-03, 2026-Q1, 2026 (the same in every language). */
    public String label(LocalDate start) {
        return switch (this) {
            case MONTH -> String.format("%d-%02d", start.getYear(), start.getMonthValue());
            case QUARTER -> start.getYear() + "-Q" + ((start.getMonthValue() - 1) / 3 + 1);
            case YEAR -> String.valueOf(start.getYear());
        };
    }
}
