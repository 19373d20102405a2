package org.orepass.contract;

import org.orepass.account.Actor;
import org.orepass.account.Role;
import org.orepass.organisation.Organisation;

/**
 * Who may do what with contracts. A contract is its owner's business and its buyer's: the owner's operators and
 * exporters record it and add its signed document; users of either organisation read it (the buyer sees the
 * comparison on its purchases too). Administrators record reference prices; nobody else sees a contract.
 */
public final class ContractAccess {

    private ContractAccess() {
    }

    /** Operators and exporters of an organisation that trades record its contracts. */
    public static boolean mayRecord(Actor actor, Organisation organisation) {
        return organisation != null && actor.organisationId() != null
                && actor.organisationId().equals(organisation.getId()) && organisation.getType().trades()
                && (actor.has(Role.OPERATOR) || actor.has(Role.EXPORTER));
    }

    public static boolean maySee(Actor actor, Contract contract) {
        var org = actor.organisationId();
        return org != null && (org.equals(contract.getOwner().getId())
                || contract.getCounterparty() != null && org.equals(contract.getCounterparty().getId()));
    }

    public static boolean mayChange(Actor actor, Contract contract) {
        return mayRecord(actor, contract.getOwner());
    }

    public static boolean mayRecordReferencePrices(Actor actor) {
        return actor.has(Role.ADMIN);
    }
}
