package org.orepass.alert;

import java.time.Clock;
import java.time.LocalDate;
import org.orepass.alert.internal.DueAlerts;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The alerts that come from a state (an incident overdue, a plan due for review, an assessment waiting for a
 * sign-off): found by a scan that runs every few minutes on every node; each is sent once (its event key).
 */
@Service
@Transactional
public class AlertScan {

    static final int LIMIT = 500;

    private final DueAlerts due;
    private final Alerting alerting;
    private final Clock clock;

    public AlertScan(DueAlerts due, Alerting alerting, Clock clock) {
        this.due = due;
        this.alerting = alerting;
        this.clock = clock;
    }

    /** Returns how many mails were queued. */
    public int scan() {
        var today = LocalDate.now(clock);
        int queued = 0;
        for (var item : due.overdueIncidents(today, LIMIT)) {
            queued += alerting.alert(AlertKind.OVERDUE_INCIDENT, item.eventKey(), item.recipients(), item.args(),
                    item.link());
        }
        for (var item : due.plansDueForReview(today, LIMIT)) {
            queued += alerting.alert(AlertKind.PLAN_REVIEW_DUE, item.eventKey(), item.recipients(), item.args(),
                    item.link());
        }
        for (var item : due.assessmentsToSignOff(LIMIT)) {
            queued += alerting.alert(AlertKind.ASSESSMENT_TO_SIGN_OFF, item.eventKey(), item.recipients(),
                    item.args(), item.link());
        }
        return queued;
    }
}
