package org.orepass.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class RedCauseTest {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 1);

    private static MineSite siteWith(SiteStatus status, StatusChangeReason reason, LocalDate deadline) {
        var site = new MineSite();
        site.changeStatus(status, DAY, deadline, reason);
        return site;
    }

    @Test
    void anInspectionsRedIsCriticalFromItsFirstDay() {
        var site = siteWith(SiteStatus.RED, StatusChangeReason.INSPECTION, null);
        assertThat(site.redCauseOn(DAY)).contains(RedCause.CRITICAL_CRITERION);
        assertThat(site.redCauseOn(DAY.plusYears(5))).contains(RedCause.CRITICAL_CRITERION);
    }

    @Test
    void aYellowPastItsDeadlineIsRedForCorrectionOverdueNotForACriticalCriterion() {
        var site = siteWith(SiteStatus.YELLOW, StatusChangeReason.INSPECTION, DAY.plusMonths(3));
        assertThat(site.redCauseOn(DAY.plusMonths(3))).isEmpty();
        assertThat(site.redCauseOn(DAY.plusMonths(3).plusDays(1))).contains(RedCause.CORRECTION_OVERDUE);
        assertThat(RedCause.CORRECTION_OVERDUE.critical()).isFalse();
    }

    @Test
    void aBluePastThreeYearsIsRedForExpiredValidity() {
        var site = siteWith(SiteStatus.BLUE, StatusChangeReason.REGISTRATION, null);
        assertThat(site.redCauseOn(DAY.plusYears(3).minusDays(1))).isEmpty();
        assertThat(site.redCauseOn(DAY.plusYears(3))).contains(RedCause.VALIDITY_EXPIRED);
        // The nightly clock records the same change; the cause stays what time made it.
        var recorded = siteWith(SiteStatus.RED, StatusChangeReason.BLUE_EXPIRED, null);
        assertThat(recorded.redCauseOn(DAY)).contains(RedCause.VALIDITY_EXPIRED);
    }

    @Test
    void aGreenSiteIsNotRed() {
        assertThat(siteWith(SiteStatus.GREEN, StatusChangeReason.INSPECTION, null).redCauseOn(DAY)).isEmpty();
    }
}
