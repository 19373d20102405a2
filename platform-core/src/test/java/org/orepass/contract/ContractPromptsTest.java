package org.orepass.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.orepass.organisation.Organisation;
import org.orepass.organisation.OrganisationDetails;
import org.orepass.organisation.OrganisationType;
import org.orepass.shared.DomainRuleViolation;
import org.orepass.site.Mineral;

/** Each contract prompt, on both sides of its threshold, and the price of a sale against its contract. */
class ContractPromptsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);
    private static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");
    private static final PromptSettings DEFAULTS = PromptSettings.defaults();

    private final Organisation owner = Organisation.register(new OrganisationDetails("Women Miners of Kadoma",
            OrganisationType.COOPERATIVE, "ZW", null, "TIN-9", "Kadoma", null, null, null), NOW);

    /** Fair terms: 92 % of the LBMA price, 5 % deductions, an independent assay, paid in 7 days, not exclusive. */
    private static ContractTerms fair() {
        return new ContractTerms("K-2026-01", null, "Harare Gold Buyers", Mineral.GOLD, TODAY.minusDays(10),
                TODAY.minusDays(10), null, PriceBasis.REFERENCE_SHARE, new BigDecimal("92"), null, null, null,
                new BigDecimal("5"), "assay fee", "on the buyer's scale, witnessed", "fire assay", true, 7, false,
                null, "Shona");
    }

    private Contract contract(ContractTerms terms) {
        return Contract.record(terms, owner, null, "miner", NOW, TODAY);
    }

    private static ReferencePrice lbma(String usdPerOunce) {
        return ReferencePrice.record(Mineral.GOLD, TODAY.minusDays(20), new BigDecimal(usdPerOunce), "USD",
                PriceUnit.TROY_OUNCE, "LBMA Gold Price PM", "admin", NOW, TODAY);
    }

    private static List<PromptKind> kinds(List<Prompt> prompts) {
        return prompts.stream().map(Prompt::kind).toList();
    }

    private static ContractTerms with(ContractTerms t, PriceBasis basis, String share, String fixed, String currency,
            PriceUnit unit) {
        return new ContractTerms(t.reference(), t.counterpartyId(), t.counterpartyName(), t.mineral(), t.signedOn(),
                t.startsOn(), t.endsOn(), basis, share == null ? null : new BigDecimal(share),
                fixed == null ? null : new BigDecimal(fixed), currency, unit, t.deductionsPercent(),
                t.deductionsNote(), t.weighingTerms(), t.assayTerms(), t.independentAssay(), t.paymentDays(),
                t.exclusive(), t.minimumPrice(), t.explainedIn());
    }

    private static ContractTerms terms(ContractTerms t, String deductions, boolean assay, int days, boolean exclusive,
            String minimum) {
        return new ContractTerms(t.reference(), t.counterpartyId(), t.counterpartyName(), t.mineral(), t.signedOn(),
                t.startsOn(), t.endsOn(), t.priceBasis(), t.referenceShare(), t.fixedPrice(),
                minimum == null ? t.priceCurrency() : "USD", minimum == null ? t.priceUnit() : PriceUnit.GRAM,
                new BigDecimal(deductions), t.deductionsNote(), t.weighingTerms(), t.assayTerms(), assay, days,
                exclusive, minimum == null ? null : new BigDecimal(minimum), t.explainedIn());
    }

    @Test
    void fairTermsRaiseNoPrompt() {
        assertThat(ContractPrompts.of(contract(fair()), lbma("2000"), DEFAULTS)).isEmpty();
    }

    @Test
    void aShareOfTheReferenceBelowEightyFivePercentIsAPromptAndEightyFiveIsNot() {
        var low = ContractPrompts.of(contract(with(fair(), PriceBasis.REFERENCE_SHARE, "84.9", null, null, null)),
                null, DEFAULTS);
        assertThat(kinds(low)).containsExactly(PromptKind.PRICE_BELOW_REFERENCE);
        assertThat(low.get(0).arguments()).containsExactly("84.9", "85");
        assertThat(ContractPrompts.of(contract(with(fair(), PriceBasis.REFERENCE_SHARE, "85", null, null, null)),
                null, DEFAULTS)).isEmpty();
    }

    @Test
    void aFixedPriceIsComparedWithTheReferencePriceOfItsDayPerKilogram() {
        // 2,000 USD a troy ounce is 64,301.49 USD a kilogram, 64.30 USD a gram: 85 % is 54.66 USD a gram.
        var below = contract(with(fair(), PriceBasis.FIXED, null, "54.00", "USD", PriceUnit.GRAM));
        assertThat(kinds(ContractPrompts.of(below, lbma("2000"), DEFAULTS)))
                .containsExactly(PromptKind.PRICE_BELOW_REFERENCE);
        assertThat(ContractPrompts.of(below, lbma("2000"), DEFAULTS).get(0).arguments()).containsExactly("84",
                "85");
        var above = contract(with(fair(), PriceBasis.FIXED, null, "54700", "USD", PriceUnit.KILOGRAM));
        assertThat(ContractPrompts.of(above, lbma("2000"), DEFAULTS)).isEmpty();
        // No reference in the contract's currency: nothing to compare, no prompt (never a guess).
        assertThat(ContractPrompts.of(below, null, DEFAULTS)).isEmpty();
        var inShillings = contract(with(fair(), PriceBasis.FIXED, null, "1000", "ZAR", PriceUnit.GRAM));
        assertThat(ContractPrompts.shareOfReference(inShillings, lbma("2000"))).isNull();
    }

    @Test
    void deductionsAboveTheThresholdArePromptedAndAtItAreNot() {
        assertThat(kinds(ContractPrompts.of(contract(terms(fair(), "10.001", true, 7, false, null)), null,
                DEFAULTS))).containsExactly(PromptKind.DEDUCTIONS_HIGH);
        assertThat(ContractPrompts.of(contract(terms(fair(), "10", true, 7, false, null)), null, DEFAULTS)).isEmpty();
    }

    @Test
    void exclusivityWithoutAMinimumPriceIsPromptedAndWithOneIsNot() {
        assertThat(kinds(ContractPrompts.of(contract(terms(fair(), "5", true, 7, true, null)), null, DEFAULTS)))
                .containsExactly(PromptKind.EXCLUSIVE_WITHOUT_MINIMUM);
        assertThat(ContractPrompts.of(contract(terms(fair(), "5", true, 7, true, "55")), null, DEFAULTS)).isEmpty();
    }

    @Test
    void noRightToAnIndependentAssayIsPrompted() {
        assertThat(kinds(ContractPrompts.of(contract(terms(fair(), "5", false, 7, false, null)), null, DEFAULTS)))
                .containsExactly(PromptKind.NO_INDEPENDENT_ASSAY);
    }

    @Test
    void paymentLaterThanTheSetDaysIsPromptedAndOnTheLastDayIsNot() {
        var late = ContractPrompts.of(contract(terms(fair(), "5", true, 31, false, null)), null, DEFAULTS);
        assertThat(kinds(late)).containsExactly(PromptKind.LATE_PAYMENT);
        assertThat(late.get(0).arguments()).containsExactly("31", "30");
        assertThat(ContractPrompts.of(contract(terms(fair(), "5", true, 30, false, null)), null, DEFAULTS)).isEmpty();
    }

    @Test
    void theThresholdsAreConfigurable() {
        var strict = new PromptSettings(new BigDecimal("95"), new BigDecimal("2"), 3);
        assertThat(kinds(ContractPrompts.of(contract(fair()), null, strict))).containsExactly(
                PromptKind.PRICE_BELOW_REFERENCE, PromptKind.DEDUCTIONS_HIGH, PromptKind.LATE_PAYMENT);
    }

    @Test
    void everyProblemOfTheTermsIsRefusedAtOnceByItsField() {
        var bad = new ContractTerms(" ", null, null, null, TODAY.plusDays(5), TODAY, TODAY.minusDays(1),
                PriceBasis.FIXED, null, new BigDecimal("-1"), "XYZ", null, new BigDecimal("101"), null, null, null,
                false, -1, false, null, null);
        assertThatThrownBy(() -> Contract.record(bad, owner, null, "miner", NOW, TODAY))
                .isInstanceOfSatisfying(DomainRuleViolation.class, v -> assertThat(v.violations().stream()
                        .map(DomainRuleViolation::field)).contains("reference", "counterpartyId", "mineral",
                                "signedOn", "endsOn", "fixedPrice", "priceUnit", "deductionsPercent",
                                "paymentDays"));
    }

    @Test
    void aSaleIsComparedWithTheContractsPriceOfItsDay() {
        // 92 % of 64,301.49 USD/kg = 59,157.37 USD/kg; 2 kg sold for 100,000 USD = 50,000 USD/kg: 15.5 % below.
        var share = contract(fair());
        var check = SalePrices.compare(share, lbma("2000"), new BigDecimal("2"), new BigDecimal("100000"), "USD");
        assertThat(check.contractPerKg()).isEqualByComparingTo("59157.37");
        assertThat(check.salePerKg()).isEqualByComparingTo("50000.00");
        assertThat(check.differencePercent()).isEqualByComparingTo("-15.5");
        assertThat(check.noteKey()).isNull();
        var fixed = contract(with(fair(), PriceBasis.FIXED, null, "60", "USD", PriceUnit.GRAM));
        assertThat(SalePrices.compare(fixed, null, new BigDecimal("0.5"), new BigDecimal("30000"), "USD")
                .differencePercent()).isEqualByComparingTo("0.0");
        assertThat(SalePrices.compare(fixed, null, new BigDecimal("0.5"), new BigDecimal("30000"), "ZAR").noteKey())
                .isEqualTo("contract.compare.currency");
        assertThat(SalePrices.compare(share, null, new BigDecimal("2"), new BigDecimal("1"), "USD").noteKey())
                .isEqualTo("contract.compare.no-reference");
        assertThat(SalePrices.compare(share, lbma("2000"), new BigDecimal("2"), null, null).noteKey())
                .isEqualTo("contract.compare.no-payment");
    }

    @Test
    void aContractIsInForceFromItsStartToItsEnd() {
        var terms = fair();
        var bounded = new ContractTerms(terms.reference(), null, terms.counterpartyName(), terms.mineral(),
                terms.signedOn(), TODAY, TODAY.plusDays(30), terms.priceBasis(), terms.referenceShare(), null, null,
                null, terms.deductionsPercent(), null, null, null, true, 7, false, null, null);
        var contract = contract(bounded);
        assertThat(contract.inForceOn(TODAY.minusDays(1))).isFalse();
        assertThat(contract.inForceOn(TODAY)).isTrue();
        assertThat(contract.inForceOn(TODAY.plusDays(30))).isTrue();
        assertThat(contract.inForceOn(TODAY.plusDays(31))).isFalse();
    }
}
