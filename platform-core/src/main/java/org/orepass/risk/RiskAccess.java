package org.orepass.risk;

import org.orepass.account.Actor;
import org.orepass.account.Role;

/**
 * Who may do what with risk assessments. Exporters and operators (traders) assess and decide for their own
 * organisation; administrators, inspectors and auditors read every assessment and every version; nobody else
 * learns an assessment exists.
 */
public final class RiskAccess {

    private RiskAccess() {
    }

    public static boolean readsAll(Actor actor) {
        return actor.has(Role.ADMIN) || actor.has(Role.INSPECTOR) || actor.has(Role.AUDITOR);
    }

    public static boolean mayAssess(Actor actor) {
        return actor.organisationId() != null && (actor.has(Role.EXPORTER) || actor.has(Role.OPERATOR));
    }

    public static boolean mayAssessFor(Actor actor, RiskAssessment assessment) {
        return mayAssess(actor) && actor.organisationId().equals(assessment.getAssessingOrgId());
    }

    public static boolean maySee(Actor actor, RiskAssessment assessment) {
        return readsAll(actor) || (actor.organisationId() != null
                && actor.organisationId().equals(assessment.getAssessingOrgId()));
    }
}
