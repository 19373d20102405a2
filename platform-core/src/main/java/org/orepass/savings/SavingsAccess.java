package org.orepass.savings;

import org.orepass.account.Actor;
import org.orepass.account.Role;

/**
 * Who may do what with a savings group (docs/savings-groups.md), with the roles there are:
 * <ul>
 * <li>record (members, constitution, meetings, corrections, share-out): an OPERATOR of the producer organisation
 * the group belongs to (its recorder's account), or a CSO_MONITOR of the CSO that supports the group;</li>
 * <li>register a group: a CSO_MONITOR for their own CSO, or an ADMIN;</li>
 * <li>read: those who record, ADMINs and AUDITORs (read-only everywhere);</li>
 * <li>the programme view: CSO_MONITORs for the groups their CSO supports, ADMINs and AUDITORs for all.</li>
 * </ul>
 */
public final class SavingsAccess {

    private SavingsAccess() {
    }

    public static boolean mayRecord(Actor actor, SavingsGroup group) {
        return actor.organisationId() != null
                && ((actor.has(Role.OPERATOR) && actor.organisationId().equals(group.organisationId()))
                        || (actor.has(Role.CSO_MONITOR) && actor.organisationId() == group.csoId()));
    }

    public static boolean mayRead(Actor actor, SavingsGroup group) {
        return actor.has(Role.ADMIN) || actor.has(Role.AUDITOR) || mayRecord(actor, group);
    }

    public static boolean mayRegister(Actor actor, long csoId) {
        return actor.has(Role.ADMIN) || (actor.has(Role.CSO_MONITOR) && actor.organisationId() != null
                && actor.organisationId() == csoId);
    }

    /** The programme view: CSO monitors (their CSO's groups), administrators and auditors (every group). */
    public static boolean mayReadProgramme(Actor actor) {
        return actor.has(Role.ADMIN) || actor.has(Role.AUDITOR)
                || (actor.has(Role.CSO_MONITOR) && actor.organisationId() != null);
    }

    /** Whether a group counts in the actor's programme view. */
    public static boolean inProgramme(Actor actor, SavingsGroup group) {
        return actor.has(Role.ADMIN) || actor.has(Role.AUDITOR)
                || (actor.has(Role.CSO_MONITOR) && actor.organisationId() != null
                        && actor.organisationId() == group.csoId());
    }

    /** Whether the actor may register groups at all (shows the link). */
    public static boolean mayRegisterAny(Actor actor) {
        return actor.has(Role.ADMIN) || (actor.has(Role.CSO_MONITOR) && actor.organisationId() != null);
    }
}
