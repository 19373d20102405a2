package org.orepass.savings;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.orepass.shared.DomainRuleViolation;
import org.orepass.shared.Money;
import org.orepass.shared.RuleChecks;

/**
 * The rules a group sets itself for a cycle (fixed once the cycle's first meeting is recorded): the value of a
 * share, how many shares a member buys at a meeting, the monthly service charge on loans and how it is computed,
 * the largest loan as a multiple of the borrower's savings, the social-fund contribution per meeting, the usual
 * fine and the length of the cycle. Amounts are in the group's currency, to the cent.
 */
public record Constitution(BigDecimal shareValue, int minShares, int maxShares, BigDecimal serviceChargePercent,
        ChargeMethod chargeMethod, int maxLoanMultiple, BigDecimal socialFundContribution, BigDecimal fine,
        int cycleMonths) {

    public static final int MAX_SHARES_PER_MEETING = 20;
    public static final BigDecimal MAX_CHARGE_PERCENT = new BigDecimal("30");
    public static final int MAX_LOAN_MULTIPLE = 10;
    public static final int MIN_CYCLE_MONTHS = 3;
    public static final int MAX_CYCLE_MONTHS = 24;

    public Constitution {
        if (shareValue == null || serviceChargePercent == null || chargeMethod == null
                || socialFundContribution == null || fine == null) {
            throw new IllegalArgumentException("incomplete constitution");
        }
        shareValue = shareValue.setScale(CycleBook.SCALE, RoundingMode.UNNECESSARY);
        socialFundContribution = socialFundContribution.setScale(CycleBook.SCALE, RoundingMode.UNNECESSARY);
        fine = fine.setScale(CycleBook.SCALE, RoundingMode.UNNECESSARY);
    }

    /**
     * A constitution as typed on the form, every problem at once (field names are the form's): a share of more
     * than nothing, 0 &lt;= min &lt;= max &lt;= {@value #MAX_SHARES_PER_MEETING} shares (max at least 1), a charge
     * from 0 to 30 % a month with at most two decimals, a loan multiple from 1 to {@value #MAX_LOAN_MULTIPLE}, a
     * cycle of {@value #MIN_CYCLE_MONTHS} to {@value #MAX_CYCLE_MONTHS} months.
     */
    public static Constitution typed(BigDecimal shareValue, Integer minShares, Integer maxShares,
            BigDecimal serviceChargePercent, ChargeMethod chargeMethod, Integer maxLoanMultiple,
            BigDecimal socialFundContribution, BigDecimal fine, Integer cycleMonths, String currency) {
        var checks = new RuleChecks();
        checks.refuseIf(shareValue == null, "shareValue", "validation.required");
        checks.refuseIf(shareValue != null && shareValue.signum() <= 0, "shareValue", "savings.amount.positive");
        if (shareValue != null) {
            checks.run(() -> Money.typed("shareValue", shareValue, "shareValue", currency));
        }
        checks.refuseIf(minShares == null, "minShares", "validation.required");
        checks.refuseIf(maxShares == null, "maxShares", "validation.required");
        checks.refuseIf(minShares != null && (minShares < 0 || minShares > MAX_SHARES_PER_MEETING), "minShares",
                "savings.constitution.shares.range", MAX_SHARES_PER_MEETING);
        checks.refuseIf(maxShares != null && (maxShares < 1 || maxShares > MAX_SHARES_PER_MEETING), "maxShares",
                "savings.constitution.shares.range", MAX_SHARES_PER_MEETING);
        checks.refuseIf(minShares != null && maxShares != null && minShares > maxShares, "maxShares",
                "savings.constitution.shares.order");
        checks.refuseIf(serviceChargePercent == null, "serviceChargePercent", "validation.required");
        checks.refuseIf(serviceChargePercent != null && (serviceChargePercent.signum() < 0
                || serviceChargePercent.compareTo(MAX_CHARGE_PERCENT) > 0
                || serviceChargePercent.stripTrailingZeros().scale() > 2), "serviceChargePercent",
                "savings.constitution.charge.range");
        checks.refuseIf(chargeMethod == null, "chargeMethod", "validation.required");
        checks.refuseIf(maxLoanMultiple == null, "maxLoanMultiple", "validation.required");
        checks.refuseIf(maxLoanMultiple != null && (maxLoanMultiple < 1 || maxLoanMultiple > MAX_LOAN_MULTIPLE),
                "maxLoanMultiple", "savings.constitution.multiple.range", MAX_LOAN_MULTIPLE);
        checks.refuseIf(socialFundContribution == null, "socialFundContribution", "validation.required");
        if (socialFundContribution != null) {
            checks.run(() -> Money.typed("socialFundContribution", socialFundContribution, "socialFundContribution",
                    currency));
        }
        checks.refuseIf(fine == null, "fine", "validation.required");
        if (fine != null) {
            checks.run(() -> Money.typed("fine", fine, "fine", currency));
        }
        checks.refuseIf(cycleMonths == null, "cycleMonths", "validation.required");
        checks.refuseIf(cycleMonths != null && (cycleMonths < MIN_CYCLE_MONTHS || cycleMonths > MAX_CYCLE_MONTHS),
                "cycleMonths", "savings.constitution.months.range", MIN_CYCLE_MONTHS, MAX_CYCLE_MONTHS);
        checks.throwIfAny();
        return new Constitution(shareValue, minShares, maxShares, serviceChargePercent, chargeMethod,
                maxLoanMultiple, socialFundContribution, fine, cycleMonths);
    }

    /** The service charge for one month on a base, rounded half up to the cent. */
    public BigDecimal monthlyCharge(BigDecimal base) {
        return base.multiply(serviceChargePercent).divide(BigDecimal.valueOf(100), CycleBook.SCALE,
                RoundingMode.HALF_UP);
    }

    /** The value of this many shares. */
    public BigDecimal valueOf(int shares) {
        return shareValue.multiply(BigDecimal.valueOf(shares));
    }

    static DomainRuleViolation refused(String field, String key, Object... arguments) {
        return new DomainRuleViolation(field, key, arguments);
    }
}
