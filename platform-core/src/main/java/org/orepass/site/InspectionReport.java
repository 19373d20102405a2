package org.orepass.site;

import java.time.LocalDate;
import java.util.List;

/** What an inspector reports after a visit. {@code result} null means "as the rules say". */
public record InspectionReport(
        LocalDate inspectedOn,
        String purpose,
        String inspectors,
        String agency,
        InspectionChecklist checklist,
        Observations observations,
        String findings,
        List<Action> correctiveActions,
        SiteStatus result,
        String overrideJustification) {

    public InspectionReport {
        correctiveActions = correctiveActions == null ? List.of() : List.copyOf(correctiveActions);
    }

    public record Action(String description, LocalDate deadline) {
    }
}
