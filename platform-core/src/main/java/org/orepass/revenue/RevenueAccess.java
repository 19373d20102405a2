package org.orepass.revenue;

import org.orepass.revenue.internal.RevenueScope;
import org.orepass.account.Actor;
import org.orepass.account.Role;

/**
 * Who may do what with revenue. Administrators keep the tax schedules; inspectors and auditors read them.
 * Government collects: inspectors record payments for taxes in their jurisdiction (country, and their divisions if
 * they have any), administrators anywhere. Organisations see the taxes they pay; inspectors those of their
 * jurisdiction; administrators and auditors all. Reports are for administrators, inspectors (their jurisdiction)
 * and auditors.
 */
public final class RevenueAccess {

    private RevenueAccess() {
    }

    public static boolean mayEditSchedules(Actor actor) {
        return actor.has(Role.ADMIN);
    }

    public static boolean mayReadSchedules(Actor actor) {
        return actor.has(Role.ADMIN) || actor.has(Role.INSPECTOR) || actor.has(Role.AUDITOR);
    }

    public static boolean mayReport(Actor actor) {
        return mayReadSchedules(actor);
    }

    /** The widest view the actor has; an inspector who also pays taxes sees the jurisdiction's. */
    public static RevenueScope scope(Actor actor) {
        if (actor.has(Role.ADMIN) || actor.has(Role.AUDITOR)) {
            return RevenueScope.everything();
        }
        if (actor.has(Role.INSPECTOR) && actor.jurisdictionCountry() != null) {
            return RevenueScope.jurisdiction(actor.jurisdictionCountry(), actor.jurisdictionDivisions());
        }
        if (actor.organisationId() != null) {
            return RevenueScope.payer(actor.organisationId());
        }
        return RevenueScope.nothing();
    }

    public static boolean maySee(Actor actor, TaxDue due) {
        return actor.has(Role.ADMIN) || actor.has(Role.AUDITOR) || actor.inspectsIn(due.getCountry(), due.getDivision())
                || (actor.organisationId() != null && actor.organisationId().equals(due.getPayerId()));
    }

    public static boolean mayCollect(Actor actor, TaxDue due) {
        return actor.has(Role.ADMIN) || actor.inspectsIn(due.getCountry(), due.getDivision());
    }
}
