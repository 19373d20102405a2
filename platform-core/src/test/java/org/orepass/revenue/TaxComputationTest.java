package org.orepass.revenue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.orepass.shared.DomainRuleViolation;
import org.orepass.site.Mineral;

/** How schedules compute taxes, when they apply, and how payments settle them; no database. */
class TaxComputationTest {

    private static final LocalDate FROM = LocalDate.of(2026, 1, 1);
    private static final LocalDate TO = LocalDate.of(2026, 6, 30);

    private static ScheduleDetails details(TaxType type, String rate, String reference) {
        return new ScheduleDetails("UG", Mineral.CASSITERITE, type, new BigDecimal(rate), "UGX",
                reference == null ? null : new BigDecimal(reference), "Uganda Revenue Authority", FROM, TO);
    }

    private static TaxableEvent production(String kg) {
        return new TaxableEvent(TaxSource.PRODUCTION_LOT, 1L, "UG-2026-0000001", "UG", "UG-W", "Kisoro",
                Mineral.CASSITERITE, new BigDecimal(kg), null, null, LocalDate.of(2026, 3, 15), 7L);
    }

    private static TaxableEvent export(String kg, String value, String currency) {
        return new TaxableEvent(TaxSource.EXPORT, 2L, "EXP-1", "UG", "UG-W", null, Mineral.CASSITERITE,
                new BigDecimal(kg), new BigDecimal(value), currency, LocalDate.of(2026, 3, 15), 7L);
    }

    @Test
    void aRoyaltyIsAPercentageOfMassTimesTheReferenceValueInTheSchedulesCurrency() {
        // 250.5 kg × 40,000 UGX/kg = 10,020,000 UGX; 3 % of it = 300,600.00 UGX
        var computed = TaxSchedule.of(details(TaxType.ROYALTY, "3", "40000")).compute(production("250.5"));
        assertThat(computed.base()).isEqualByComparingTo("10020000");
        assertThat(computed.amount()).isEqualByComparingTo("300600.00");
        assertThat(computed.currency()).isEqualTo("UGX");
    }

    @Test
    void aFeeIsAnAmountPerKilogramRoundedToTheCent() {
        // 12.345 kg × 1.5 = 18.5175 → 18.52
        var computed = TaxSchedule.of(details(TaxType.FEE_PER_KG, "1.5", null)).compute(production("12.345"));
        assertThat(computed.base()).isEqualByComparingTo("12.345");
        assertThat(computed.amount()).isEqualByComparingTo("18.52");
        assertThat(computed.amount().scale()).isEqualTo(2);
    }

    @Test
    void anExportTaxIsAPercentageOfTheDeclaredValueInItsCurrency() {
        // 1.75 % of 150,000 USD = 2,625.00 USD, whatever the schedule's currency
        var computed = TaxSchedule.of(details(TaxType.EXPORT_TAX, "1.75", null))
                .compute(export("1000", "150000", "USD"));
        assertThat(computed.amount()).isEqualByComparingTo("2625.00");
        assertThat(computed.currency()).isEqualTo("USD");
    }

    @Test
    void aScheduleAppliesFromItsFirstToItsLastDayIncluded() {
        var schedule = TaxSchedule.of(details(TaxType.ROYALTY, "3", "40000"));
        assertThat(schedule.isValidOn(FROM.minusDays(1))).isFalse();
        assertThat(schedule.isValidOn(FROM)).isTrue();
        assertThat(schedule.isValidOn(TO)).isTrue();
        assertThat(schedule.isValidOn(TO.plusDays(1))).isFalse();
        assertThat(schedule.overlaps(TO, null)).isTrue();
        assertThat(schedule.overlaps(TO.plusDays(1), null)).isFalse();
        assertThat(schedule.overlaps(LocalDate.of(2025, 1, 1), FROM.minusDays(1))).isFalse();
        assertThat(schedule.overlaps(LocalDate.of(2025, 1, 1), FROM)).isTrue();
    }

    @Test
    void badSchedulesAreRefusedByTheField() {
        assertThatThrownBy(() -> TaxSchedule.of(details(TaxType.ROYALTY, "3", null)))
                .isInstanceOf(DomainRuleViolation.class)
                .hasFieldOrPropertyWithValue("field", "referenceValuePerKg")
                .hasFieldOrPropertyWithValue("messageKey", "tax.reference.required");
        assertThatThrownBy(() -> TaxSchedule.of(details(TaxType.EXPORT_TAX, "101", null)))
                .hasFieldOrPropertyWithValue("messageKey", "tax.rate.percent");
        assertThatThrownBy(() -> TaxSchedule.of(details(TaxType.FEE_PER_KG, "0", null)))
                .hasFieldOrPropertyWithValue("messageKey", "tax.rate.positive");
        assertThatThrownBy(() -> TaxSchedule.of(new ScheduleDetails("UG", Mineral.GOLD, TaxType.FEE_PER_KG,
                BigDecimal.ONE, "XYZ", null, null, FROM, null)))
                .hasFieldOrPropertyWithValue("field", "currency");
        assertThatThrownBy(() -> TaxSchedule.of(new ScheduleDetails("UG", Mineral.GOLD, TaxType.FEE_PER_KG,
                BigDecimal.ONE, "USD", null, null, FROM, FROM.minusDays(1))))
                .hasFieldOrPropertyWithValue("messageKey", "tax.validTo.before");
        // A fee of more than 100 per kg is fine: only percentages are capped.
        assertThat(TaxSchedule.of(details(TaxType.FEE_PER_KG, "2500", null)).getRate()).isEqualByComparingTo("2500");
    }

    @Test
    void paymentsSettleATaxPartlyThenFullyAndNeverBeyond() {
        var due = TaxDue.assessed(production("100"), TaxSchedule.of(details(TaxType.FEE_PER_KG, "10", null)),
                Instant.now());
        assertThat(due.getAmount()).isEqualByComparingTo("1000.00");
        assertThat(due.getStatus()).isEqualTo(TaxDueStatus.DUE);
        due.pay(new BigDecimal("400"), "UGX");
        assertThat(due.getStatus()).isEqualTo(TaxDueStatus.PARTLY_PAID);
        assertThat(due.outstanding()).isEqualByComparingTo("600");
        assertThatThrownBy(() -> due.pay(new BigDecimal("600.01"), "UGX"))
                .hasFieldOrPropertyWithValue("field", "amount")
                .hasFieldOrPropertyWithValue("messageKey", "tax.payment.too-much");
        assertThatThrownBy(() -> due.pay(new BigDecimal("600"), "USD"))
                .hasFieldOrPropertyWithValue("messageKey", "tax.payment.currency.other");
        assertThatThrownBy(() -> due.pay(new BigDecimal("0.001"), "UGX"))
                .hasFieldOrPropertyWithValue("messageKey", "tax.payment.cents");
        assertThat(due.getStatus()).isEqualTo(TaxDueStatus.PARTLY_PAID);
        due.pay(new BigDecimal("600.00"), "UGX");
        assertThat(due.getStatus()).isEqualTo(TaxDueStatus.PAID);
        assertThat(due.getPaidAmount()).isEqualByComparingTo("1000");
    }

    @Test
    void anExportMustDeclareItsValue() {
        assertThatThrownBy(() -> new TaxableEvent(TaxSource.EXPORT, 2L, "EXP-1", "UG", null, null, Mineral.GOLD,
                BigDecimal.TEN, null, null, FROM, 7L)).isInstanceOf(IllegalArgumentException.class);
    }
}
