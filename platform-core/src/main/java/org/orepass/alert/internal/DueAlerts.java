package org.orepass.alert.internal;

import java.time.LocalDate;
import java.util.List;
import org.orepass.alert.internal.AlertRecipients.Recipient;

/**
 * The alerts that come from a state rather than a moment (a port; persistence answers with SQL): each found again
 * at every scan, and sent once thanks to its event key (the state's own date or version is part of it).
 */
public interface DueAlerts {

    record Due(String eventKey, String link, List<String> args, List<Recipient> recipients) {
    }

    /** Verified incidents past their review date, not closed: to the place's inspectors and country's monitors. */
    List<Due> overdueIncidents(LocalDate today, int limit);

    /** Mitigation plans at or past their target date with no review outcome: to the assessing organisation. */
    List<Due> plansDueForReview(LocalDate today, int limit);

    /** Assessments waiting for a second person's sign-off: to the organisation's traders who may sign. */
    List<Due> assessmentsToSignOff(int limit);
}
