package org.orepass.savings;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The repayment schedule of an equipment loan: equal monthly instalments (an annuity at the annual rate / 12 a
 * month on the declining balance; principal / term at 0 %), each rounded half up to the cent, the last one
 * adjusted so that the principal is repaid exactly. Pure.
 */
public record LoanSchedule(List<Instalment> instalments) {

    /** One instalment: its number, due day, and the interest and principal it pays. */
    public record Instalment(int number, LocalDate dueOn, BigDecimal interest, BigDecimal principal) {

        public BigDecimal amount() {
            return interest.add(principal);
        }
    }

    /** Where a loan stands on a day, given what was repaid. */
    public record Standing(BigDecimal due, BigDecimal paid, BigDecimal arrears, BigDecimal outstanding,
            long daysInArrears) {

        public boolean inArrears() {
            return arrears.signum() > 0;
        }
    }

    public static LoanSchedule of(BigDecimal principal, BigDecimal annualRatePercent, int months, LocalDate first) {
        var monthly = annualRatePercent.divide(BigDecimal.valueOf(1200), MathContext.DECIMAL64);
        BigDecimal payment;
        if (monthly.signum() == 0) {
            payment = principal.divide(BigDecimal.valueOf(months), CycleBook.SCALE, RoundingMode.HALF_UP);
        } else {
            var factor = BigDecimal.ONE.add(monthly).pow(months, MathContext.DECIMAL64);
            payment = principal.multiply(monthly).multiply(factor)
                    .divide(factor.subtract(BigDecimal.ONE), CycleBook.SCALE, RoundingMode.HALF_UP);
        }
        var balance = principal;
        var list = new ArrayList<Instalment>();
        for (int n = 1; n <= months; n++) {
            var interest = balance.multiply(monthly).setScale(CycleBook.SCALE, RoundingMode.HALF_UP);
            var toPrincipal = n == months ? balance : payment.subtract(interest).min(balance).max(BigDecimal.ZERO)
                    .setScale(CycleBook.SCALE, RoundingMode.HALF_UP);
            list.add(new Instalment(n, first.plusMonths(n - 1L), interest, toPrincipal));
            balance = balance.subtract(toPrincipal);
        }
        return new LoanSchedule(List.copyOf(list));
    }

    public BigDecimal total() {
        return instalments.stream().map(Instalment::amount).reduce(CycleBook.zero(), BigDecimal::add);
    }

    /**
     * On a day, with this much repaid: what was due by then, the arrears (due and not paid), what remains of the
     * whole schedule, and for how many days the oldest instalment not fully covered by the payments has been due.
     */
    public Standing standing(LocalDate on, BigDecimal paid) {
        var due = CycleBook.zero();
        var covered = paid;
        LocalDate oldestUnpaid = null;
        for (var instalment : instalments) {
            if (instalment.dueOn().isAfter(on)) {
                break;
            }
            due = due.add(instalment.amount());
            if (covered.compareTo(instalment.amount()) >= 0) {
                covered = covered.subtract(instalment.amount());
            } else {
                covered = BigDecimal.ZERO;
                if (oldestUnpaid == null) {
                    oldestUnpaid = instalment.dueOn();
                }
            }
        }
        var arrears = due.subtract(paid).max(CycleBook.zero());
        var outstanding = total().subtract(paid).max(CycleBook.zero());
        long days = arrears.signum() > 0 && oldestUnpaid != null ? ChronoUnit.DAYS.between(oldestUnpaid, on) : 0;
        return new Standing(due, paid, arrears, outstanding, days);
    }
}
