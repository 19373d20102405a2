package org.orepass.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class SiteStatusRulesTest {

    private static final LocalDate START = LocalDate.of(2026, 1, 15);

    @Test
    void greenLastsTwelveMonthsThenBlue() {
        assertThat(SiteStatusRules.asOf(SiteStatus.GREEN, START, null, START.plusMonths(12).minusDays(1)))
                .isEqualTo(SiteStatus.GREEN);
        assertThat(SiteStatusRules.asOf(SiteStatus.GREEN, START, null, START.plusMonths(12)))
                .isEqualTo(SiteStatus.BLUE);
        assertThat(SiteStatusRules.sinceAsOf(SiteStatus.GREEN, START, null, START.plusMonths(13)))
                .isEqualTo(START.plusMonths(12));
    }

    @Test
    void blueLastsThreeYearsThenRed() {
        assertThat(SiteStatusRules.asOf(SiteStatus.BLUE, START, null, START.plusYears(3).minusDays(1)))
                .isEqualTo(SiteStatus.BLUE);
        assertThat(SiteStatusRules.asOf(SiteStatus.BLUE, START, null, START.plusYears(3)))
                .isEqualTo(SiteStatus.RED);
    }

    @Test
    void anExpiredGreenBecomesBlueAndThatBlueRedThreeYearsLater() {
        var changes = SiteStatusRules.transitions(SiteStatus.GREEN, START, null, START.plusYears(5));
        assertThat(changes).extracting(SiteStatusRules.Transition::to).containsExactly(SiteStatus.BLUE, SiteStatus.RED);
        assertThat(changes.get(1).on()).isEqualTo(START.plusMonths(12).plusYears(3));
        assertThat(changes).extracting(SiteStatusRules.Transition::reason)
                .containsExactly(StatusChangeReason.GREEN_EXPIRED, StatusChangeReason.BLUE_EXPIRED);
    }

    @Test
    void anOverdueYellowTurnsRedTheDayAfterItsDeadline() {
        var deadline = START.plusMonths(3);
        assertThat(SiteStatusRules.asOf(SiteStatus.YELLOW, START, deadline, deadline)).isEqualTo(SiteStatus.YELLOW);
        assertThat(SiteStatusRules.asOf(SiteStatus.YELLOW, START, deadline, deadline.plusDays(1)))
                .isEqualTo(SiteStatus.RED);
    }

    @Test
    void redStaysRed() {
        assertThat(SiteStatusRules.transitions(SiteStatus.RED, START, null, START.plusYears(30))).isEmpty();
    }

    @Provide
    Arbitrary<SiteStatus> statuses() {
        return Arbitraries.of(SiteStatus.class);
    }

    @Property
    void timeOnlyEverWorsensAStatusAndEndsRed(@ForAll("statuses") SiteStatus status,
            @ForAll @IntRange(min = 0, max = 20_000) int days) {
        var today = START.plusDays(days);
        var changes = SiteStatusRules.transitions(status, START, START.plusMonths(3), today);
        var previous = START;
        for (var change : changes) {
            assertThat(change.on()).isAfter(previous).isBeforeOrEqualTo(today);
            assertThat(change.to()).isIn(SiteStatus.BLUE, SiteStatus.RED);
            previous = change.on();
        }
        // Nothing becomes green or yellow by itself; after 4 years everything not inspected is red.
        if (days > 366 + 3 * 366) {
            assertThat(SiteStatusRules.asOf(status, START, START.plusMonths(3), today)).isEqualTo(SiteStatus.RED);
        }
    }
}
