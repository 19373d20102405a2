package org.orepass.savings;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** Equipment loans: equal instalments that repay the principal exactly, and the arrears on a day. */
class LoanScheduleTest {

    private static final LocalDate FIRST = LocalDate.of(2026, 2, 1);

    @Test
    void anAnnuityAtTwelvePercentRepays1200In12EqualMonths() {
        var schedule = LoanSchedule.of(new BigDecimal("1200.00"), new BigDecimal("12"), 12, FIRST);
        // 1 % a month: 106.62 a month; the last one takes the cents left.
        assertThat(schedule.instalments()).hasSize(12);
        assertThat(schedule.instalments().get(0).amount()).isEqualByComparingTo("106.62");
        assertThat(schedule.instalments().get(0).interest()).isEqualByComparingTo("12.00");
        assertThat(schedule.instalments().stream().map(LoanSchedule.Instalment::principal)
                .reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo("1200.00");
        assertThat(schedule.instalments().get(11).dueOn()).isEqualTo(LocalDate.of(2027, 1, 1));
    }

    @Test
    void arrearsAreWhatWasDueAndNotPaidSinceTheOldestInstalmentNotCovered() {
        var schedule = LoanSchedule.of(new BigDecimal("300"), BigDecimal.ZERO, 3, FIRST);
        var standing = schedule.standing(FIRST.plusMonths(1).plusDays(5), new BigDecimal("50"));
        assertThat(standing.due()).isEqualByComparingTo("200");
        assertThat(standing.arrears()).isEqualByComparingTo("150");
        assertThat(standing.daysInArrears()).isEqualTo(33);
        assertThat(standing.outstanding()).isEqualByComparingTo("250");
        var upToDate = schedule.standing(FIRST.plusMonths(1).plusDays(5), new BigDecimal("200"));
        assertThat(upToDate.inArrears()).isFalse();
        assertThat(upToDate.daysInArrears()).isZero();
    }

    @Property(tries = 300)
    void everyScheduleRepaysThePrincipalExactlyWithNoNegativeInstalment(
            @ForAll @IntRange(min = 1, max = 100_000_000) int cents, @ForAll @IntRange(min = 0, max = 10000) int rate,
            @ForAll @IntRange(min = 1, max = 120) int months) {
        var principal = BigDecimal.valueOf(cents, 2);
        var schedule = LoanSchedule.of(principal, BigDecimal.valueOf(rate, 2), months, FIRST);
        assertThat(schedule.instalments()).hasSize(months);
        assertThat(schedule.instalments().stream().map(LoanSchedule.Instalment::principal)
                .reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo(principal);
        assertThat(schedule.instalments()).allSatisfy(i -> {
            assertThat(i.principal().signum()).isGreaterThanOrEqualTo(0);
            assertThat(i.interest().signum()).isGreaterThanOrEqualTo(0);
        });
        assertThat(schedule.standing(FIRST.plusMonths(months), schedule.total()).outstanding()).isZero();
    }
}
