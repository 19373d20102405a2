package org.orepass.incident;

import org.orepass.incident.internal.FollowUpCode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.orepass.account.Actor;
import org.orepass.account.Role;
import org.orepass.shared.DomainRuleViolation;

/** The state machine, who may move an incident, and the follow-up code. */
class IncidentRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    private static final Instant NOW = Instant.parse("2026-11-27T10:15:30Z");

    private static IncidentCategory category() {
        return new IncidentCategory("TEST", null, true, new CategoryNames("a", "b", "c", "d"));
    }

    private static Incident incident(Long organisationId) {
        var details = new IncidentDetails(1L, 1, TODAY, null, "CD", "CD-NK", "Rubaya", null, "Armed men at the pit",
                false, null, null, null);
        var incident = Incident.reported(details, category(), Set.of(), IncidentSource.MONITOR, "monitor",
                organisationId, NOW, TODAY);
        incident.placeAt(null, "CD", "CD-NK", "Rubaya");
        return incident;
    }

    private static Actor actor(Long organisationId, String jurisdiction, Role... roles) {
        return new Actor("someone", organisationId, Set.of(roles), jurisdiction, Set.of());
    }

    @Test
    void theStatesFollowTheVerificationAndFollowUpFlow() {
        assertThat(IncidentStatus.REPORTED.next()).containsExactlyInAnyOrder(IncidentStatus.UNDER_VERIFICATION,
                IncidentStatus.DISMISSED);
        assertThat(IncidentStatus.UNDER_VERIFICATION.next()).containsExactlyInAnyOrder(IncidentStatus.VERIFIED,
                IncidentStatus.DISMISSED);
        assertThat(IncidentStatus.VERIFIED.next()).containsExactly(IncidentStatus.FOLLOW_UP);
        assertThat(IncidentStatus.FOLLOW_UP.next()).containsExactlyInAnyOrder(IncidentStatus.RESOLVED,
                IncidentStatus.MONITORED, IncidentStatus.PERSISTENT);
        assertThat(IncidentStatus.RESOLVED.next()).isEmpty();
        assertThat(IncidentStatus.DISMISSED.next()).isEmpty();
        // Nothing reaches REPORTED again, and nothing skips verification.
        for (var status : IncidentStatus.values()) {
            assertThat(status.next()).doesNotContain(IncidentStatus.REPORTED);
        }
        for (var early : EnumSet.of(IncidentStatus.REPORTED, IncidentStatus.UNDER_VERIFICATION)) {
            assertThat(early.next()).doesNotContain(IncidentStatus.FOLLOW_UP, IncidentStatus.RESOLVED);
        }
    }

    @Test
    void movingDatesTheStepsAndRunsTheReviewClock() {
        var incident = incident(7L);
        assertThatThrownBy(() -> incident.moveTo(IncidentStatus.VERIFIED, null, NOW, TODAY.plusMonths(6)))
                .isInstanceOf(DomainRuleViolation.class).hasMessageContaining("incident.transition.invalid");
        incident.moveTo(IncidentStatus.UNDER_VERIFICATION, null, NOW, TODAY.plusMonths(6));
        assertThat(incident.getReviewDue()).isNull();
        incident.moveTo(IncidentStatus.VERIFIED, null, NOW, TODAY.plusMonths(6));
        assertThat(incident.getVerifiedAt()).isEqualTo(NOW);
        assertThat(incident.getReviewDue()).isEqualTo(LocalDate.of(2027, 5, 27));
        assertThat(incident.isOverdueOn(LocalDate.of(2027, 5, 28))).isTrue();
        incident.moveTo(IncidentStatus.FOLLOW_UP, null, NOW, TODAY.plusMonths(6));
        incident.moveTo(IncidentStatus.RESOLVED, null, NOW, TODAY.plusMonths(6));
        assertThat(incident.getClosedAt()).isEqualTo(NOW);
        assertThat(incident.getReviewDue()).as("a closed incident has no review clock").isNull();
        assertThat(incident.isOverdueOn(LocalDate.of(2030, 1, 1))).isFalse();
    }

    @Test
    void aDismissalNeedsAReason() {
        var incident = incident(7L);
        assertThatThrownBy(() -> incident.moveTo(IncidentStatus.DISMISSED, " ", NOW, TODAY))
                .hasMessageContaining("incident.dismissal.reason.required");
        incident.moveTo(IncidentStatus.DISMISSED, "Same event as incident 12", NOW, TODAY);
        assertThat(incident.getDismissalReason()).isEqualTo("Same event as incident 12");
    }

    @Test
    void csoMonitorsAndInspectorsOfThePlaceMoveIncidentsOthersDoNot() {
        var incident = incident(7L);
        var target = IncidentStatus.UNDER_VERIFICATION;
        assertThat(IncidentAccess.mayMove(actor(1L, null, Role.CSO_MONITOR), incident, target)).isTrue();
        assertThat(IncidentAccess.mayMove(actor(1L, "CD", Role.INSPECTOR), incident, target)).isTrue();
        assertThat(IncidentAccess.mayMove(actor(1L, "UG", Role.INSPECTOR), incident, target))
                .as("an inspector of another country").isFalse();
        assertThat(IncidentAccess.mayMove(actor(1L, null, Role.ADMIN), incident, target)).isFalse();
        assertThat(IncidentAccess.mayMove(actor(1L, null, Role.AUDITOR), incident, target)).isFalse();
        assertThat(IncidentAccess.mayMove(actor(7L, null, Role.OPERATOR), incident, target))
                .as("the reporting organisation adds information but does not verify").isFalse();
        assertThat(IncidentAccess.mayComment(actor(7L, null, Role.OPERATOR), incident)).isTrue();
        assertThat(IncidentAccess.mayComment(actor(8L, null, Role.OPERATOR), incident)).isFalse();
        assertThat(IncidentAccess.mayMove(actor(1L, null, Role.CSO_MONITOR), incident, IncidentStatus.RESOLVED))
                .as("not a next state").isFalse();
    }

    @Test
    void sensitiveTextAndTheReporterAreForThoseWhoNeedThem() {
        var incident = incident(7L);
        assertThat(IncidentAccess.mayReadSensitive(actor(1L, null, Role.CSO_MONITOR), incident)).isTrue();
        assertThat(IncidentAccess.mayReadSensitive(actor(1L, "CD", Role.INSPECTOR), incident)).isTrue();
        assertThat(IncidentAccess.mayReadSensitive(actor(1L, null, Role.AUDITOR), incident)).isFalse();
        assertThat(IncidentAccess.mayReadSensitive(actor(1L, null, Role.ADMIN), incident)).isFalse();
        assertThat(IncidentAccess.maySeeReporter(actor(1L, "CD", Role.INSPECTOR), incident)).isFalse();
        assertThat(IncidentAccess.maySeeReporter(actor(1L, null, Role.CSO_MONITOR), incident)).isTrue();
        assertThat(IncidentAccess.maySee(actor(9L, null, Role.EXPORTER), incident, false)).isFalse();
        assertThat(IncidentAccess.maySee(actor(9L, null, Role.OPERATOR), incident, true))
                .as("the operator of the incident's site").isTrue();
    }

    @Test
    void followUpCodesAreRandomReadableAndMatchHoweverTyped() {
        var code = FollowUpCode.generate();
        assertThat(code).matches("[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}");
        assertThat(code).doesNotContain("0", "O", "1", "I", "L");
        assertThat(FollowUpCode.generate()).isNotEqualTo(code);
        assertThat(FollowUpCode.hash(code.toLowerCase().replace("-", " "))).isEqualTo(FollowUpCode.hash(code));
        assertThat(FollowUpCode.hash(code)).hasSize(64).doesNotContain(FollowUpCode.normalise(code));
    }

    @Test
    void anAnonymousReportKeepsTheDayOnlyAndNoReporter() {
        var details = new IncidentDetails(1L, 2, TODAY, null, "CD", null, null, null, "Roadblock", true, null,
                null, null);
        var incident = Incident.reportedAnonymously(details, category(), "hash", NOW, TODAY);
        assertThat(incident.getReportedAt()).isEqualTo(Instant.parse("2026-11-27T00:00:00Z"));
        assertThat(incident.getReportedBy()).isNull();
        assertThat(incident.getReporterOrganisationId()).isNull();
        assertThat(incident.getSource()).isEqualTo(IncidentSource.ANONYMOUS_PUBLIC);
    }

    @Test
    void theRateLimitKeyDependsOnTheSecret() {
        var a = ReportRateLimit.keyOf("10.0.0.1", new byte[] {1, 2, 3});
        assertThat(a).hasSize(64).doesNotContain("10.0.0.1");
        assertThat(ReportRateLimit.keyOf("10.0.0.1", new byte[] {1, 2, 3})).isEqualTo(a);
        assertThat(ReportRateLimit.keyOf("10.0.0.1", new byte[] {4, 5, 6})).isNotEqualTo(a);
    }
}
