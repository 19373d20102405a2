package org.orepass.contract;

import java.math.BigDecimal;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The thresholds of the contract prompts, configurable ({@code orepass.contract.prompts.*}): a price below
 * {@code minimum-share-percent} of the reference price (85 %), deductions above {@code maximum-deductions-percent}
 * (10 %), payment later than {@code maximum-payment-days} (30 days).
 */
@Component
public class PromptSettings {

    private final BigDecimal minimumSharePercent;
    private final BigDecimal maximumDeductionsPercent;
    private final int maximumPaymentDays;

    public PromptSettings(@Value("${orepass.contract.prompts.minimum-share-percent:85}") BigDecimal minimumSharePercent,
            @Value("${orepass.contract.prompts.maximum-deductions-percent:10}") BigDecimal maximumDeductionsPercent,
            @Value("${orepass.contract.prompts.maximum-payment-days:30}") int maximumPaymentDays) {
        this.minimumSharePercent = minimumSharePercent;
        this.maximumDeductionsPercent = maximumDeductionsPercent;
        this.maximumPaymentDays = maximumPaymentDays;
    }

    public static PromptSettings defaults() {
        return new PromptSettings(new BigDecimal("85"), new BigDecimal("10"), 30);
    }

    public BigDecimal minimumSharePercent() {
        return minimumSharePercent;
    }

    public BigDecimal maximumDeductionsPercent() {
        return maximumDeductionsPercent;
    }

    public int maximumPaymentDays() {
        return maximumPaymentDays;
    }
}
