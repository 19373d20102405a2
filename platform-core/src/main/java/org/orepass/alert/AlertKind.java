package org.orepass.alert;

import java.util.EnumSet;
import java.util.Set;
import org.orepass.account.Actor;
import org.orepass.account.Role;

/** What an alert is about, and which roles receive it (the preferences page offers only these). */
public enum AlertKind {
    /** A verified level-1 Annex II incident at a site of origin of lots the organisation holds. */
    INCIDENT_AT_ORIGIN(EnumSet.of(Role.OPERATOR, Role.EXPORTER)),
    /** An exporter of the inspector's country submitted a shipment. */
    SHIPMENT_TO_REVIEW(EnumSet.of(Role.INSPECTOR)),
    /** A risk assessment of the organisation waits for a second person's sign-off. */
    ASSESSMENT_TO_SIGN_OFF(EnumSet.of(Role.OPERATOR, Role.EXPORTER)),
    /** A verified incident passed its review date without being closed. */
    OVERDUE_INCIDENT(EnumSet.of(Role.INSPECTOR, Role.CSO_MONITOR)),
    /** A mitigation plan of the organisation is due for review. */
    PLAN_REVIEW_DUE(EnumSet.of(Role.OPERATOR, Role.EXPORTER));

    private final Set<Role> roles;

    AlertKind(Set<Role> roles) {
        this.roles = roles;
    }

    public boolean concerns(Actor actor) {
        return roles.stream().anyMatch(actor::has);
    }

    public Set<Role> roles() {
        return roles;
    }
}
