package org.orepass.custody;

import org.orepass.account.Actor;
import org.orepass.account.Role;
import org.orepass.organisation.Organisation;
import org.orepass.site.MineSite;

/**
 * Who may do which custody step. Tags are issued by the government agent at the mine, so only an inspector
 * whose jurisdiction covers the site; production is recorded by the site's operator (owner or operator
 * organisation) or by such an inspector. Administrators, inspectors, auditors and CSO monitors read every lot;
 * others read the lots their organisation holds.
 */
public final class CustodyAccess {

    private CustodyAccess() {
    }

    public static boolean mayIssueTags(Actor actor, MineSite site) {
        return actor.inspectsIn(site.getCountry(), site.getDivision());
    }

    public static boolean mayProduce(Actor actor, MineSite site) {
        return actor.inspectsIn(site.getCountry(), site.getDivision())
                || (actor.has(Role.OPERATOR) && site.isOperatedBy(actor.organisationId()));
    }

    public static boolean seesAllLots(Actor actor) {
        return actor.has(Role.ADMIN) || actor.has(Role.INSPECTOR) || actor.has(Role.AUDITOR)
                || actor.has(Role.CSO_MONITOR);
    }

    public static boolean maySee(Actor actor, Lot lot) {
        return maySeeLotHeldBy(actor, lot.getCustodian().getId());
    }

    /** The same rule for a lot known by its custodian's id (a read model that did not load the lot). */
    public static boolean maySeeLotHeldBy(Actor actor, Long custodianId) {
        return seesAllLots(actor) || (actor.organisationId() != null && actor.organisationId().equals(custodianId));
    }

    /**
     * Sales and receipts are the business of the organisations trading (the custodian, the buyer): users of the
     * organisation who trade for it (operators, exporters), not its read-only auditors or CSO monitors.
     */
    public static boolean mayTradeFor(Actor actor, Organisation organisation) {
        return organisation != null && actor.organisationId() != null
                && actor.organisationId().equals(organisation.getId())
                && (actor.has(Role.OPERATOR) || actor.has(Role.EXPORTER));
    }

    public static boolean maySell(Actor actor, Lot lot) {
        return mayTradeFor(actor, lot.getCustodian());
    }

    /** The two parties and those who read every lot; nobody else learns a transfer exists. */
    public static boolean maySee(Actor actor, Transfer transfer) {
        return seesAllLots(actor) || (actor.organisationId() != null
                && (actor.organisationId().equals(transfer.getSeller().getId())
                || actor.organisationId().equals(transfer.getBuyer().getId())));
    }

    public static boolean mayReadAnomalies(Actor actor) {
        return actor.has(Role.ADMIN) || actor.has(Role.INSPECTOR) || actor.has(Role.AUDITOR);
    }
}
