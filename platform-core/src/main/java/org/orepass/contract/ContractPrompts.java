package org.orepass.contract;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * The terms of a contract that deserve advice (issue 24), as prompts, never as legal judgements: the pages say
 * "ask for advice", not "unfair". Pure rules over the contract, the reference price of its day and the thresholds.
 */
public final class ContractPrompts {

    private static final BigDecimal HUNDRED = new BigDecimal("100");

    private ContractPrompts() {
    }

    /**
     * The prompts of a contract.
     *
     * @param reference the latest reference price of the contract's mineral on or before the day it was signed, in
     *                  the contract's currency; null when none is recorded (a fixed price is then compared with
     *                  nothing)
     */
    public static List<Prompt> of(Contract contract, ReferencePrice reference, PromptSettings settings) {
        var prompts = new ArrayList<Prompt>();
        var share = shareOfReference(contract, reference);
        if (share != null && share.compareTo(settings.minimumSharePercent()) < 0) {
            prompts.add(new Prompt(PromptKind.PRICE_BELOW_REFERENCE,
                    List.of(plain(share.setScale(1, RoundingMode.HALF_UP)), plain(settings.minimumSharePercent()))));
        }
        if (contract.getDeductionsPercent() != null
                && contract.getDeductionsPercent().compareTo(settings.maximumDeductionsPercent()) > 0) {
            prompts.add(new Prompt(PromptKind.DEDUCTIONS_HIGH,
                    List.of(plain(contract.getDeductionsPercent()), plain(settings.maximumDeductionsPercent()))));
        }
        if (contract.isExclusive() && contract.getMinimumPrice() == null) {
            prompts.add(new Prompt(PromptKind.EXCLUSIVE_WITHOUT_MINIMUM, List.of()));
        }
        if (!contract.isIndependentAssay()) {
            prompts.add(new Prompt(PromptKind.NO_INDEPENDENT_ASSAY, List.of()));
        }
        if (contract.getPaymentDays() > settings.maximumPaymentDays()) {
            prompts.add(new Prompt(PromptKind.LATE_PAYMENT, List.of(String.valueOf(contract.getPaymentDays()),
                    String.valueOf(settings.maximumPaymentDays()))));
        }
        return List.copyOf(prompts);
    }

    /**
     * The contract's price as a percentage of the reference price: the share itself for a share of the reference;
     * for a fixed price, the fixed price per kilogram over the reference per kilogram (same currency); null when
     * there is nothing to compare with.
     */
    public static BigDecimal shareOfReference(Contract contract, ReferencePrice reference) {
        if (contract.getPriceBasis() == PriceBasis.REFERENCE_SHARE) {
            return contract.getReferenceShare();
        }
        if (reference == null || contract.getFixedPrice() == null
                || !reference.getCurrency().equals(contract.getPriceCurrency())) {
            return null;
        }
        return contract.fixedPricePerKg().multiply(HUNDRED)
                .divide(reference.perKilogram(), MathContext.DECIMAL64);
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
