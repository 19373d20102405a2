package org.orepass.revenue.internal;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A production lot with no tax due at all: produced on a day no schedule of its country and mineral covered (or
 * before revenue was recorded). There is no retroactive tax; reports list such lots so that nobody reads their
 * absence from the sums as taxes collected.
 */
public record NeverAssessedLot(long lotId, String lotNumber, LocalDate producedOn, String country, String division,
        String district, String mineral, BigDecimal massKg) {
}
