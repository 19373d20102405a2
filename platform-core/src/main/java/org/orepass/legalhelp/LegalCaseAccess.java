package org.orepass.legalhelp;

import org.orepass.account.Actor;
import org.orepass.account.Role;

/**
 * Who may read and write a legal-help case (issue 24): only the requester, the helper assigned and the supervisors
 * of the CSO it went to. Nobody else, whatever their role: administrators, inspectors and auditors learn only how
 * many cases each CSO has ({@link #mayCount}); to everyone else a case does not exist (404).
 */
public final class LegalCaseAccess {

    private LegalCaseAccess() {
    }

    public static boolean isRequester(Actor actor, LegalCase legalCase) {
        return legalCase.getRequesterUsername() != null
                && legalCase.getRequesterUsername().equalsIgnoreCase(actor.username());
    }

    /** A CSO_MONITOR user of the case's CSO assigned to it. */
    public static boolean isHelper(Actor actor, LegalCase legalCase) {
        return ofProvider(actor, legalCase.getProviderId()) && legalCase.getHelperUsername() != null
                && legalCase.getHelperUsername().equalsIgnoreCase(actor.username());
    }

    /** A CSO_MONITOR user of the case's CSO named as one of its supervisors. */
    public static boolean isSupervisor(Actor actor, LegalHelpProvider provider) {
        return ofProvider(actor, provider.getOrganisationId()) && provider.isSupervisor(actor.username());
    }

    private static boolean ofProvider(Actor actor, Long providerId) {
        return actor.has(Role.CSO_MONITOR) && providerId != null && providerId.equals(actor.organisationId());
    }

    public static boolean maySee(Actor actor, LegalCase legalCase, LegalHelpProvider provider) {
        return isRequester(actor, legalCase) || isHelper(actor, legalCase) || isSupervisor(actor, provider);
    }

    /** Messages and documents, while the case is not closed. */
    public static boolean mayWrite(Actor actor, LegalCase legalCase, LegalHelpProvider provider) {
        return legalCase.getStatus() != CaseStatus.CLOSED && maySee(actor, legalCase, provider);
    }

    public static boolean mayAssign(Actor actor, LegalHelpProvider provider) {
        return isSupervisor(actor, provider);
    }

    /** Status and outcome: the helper or a supervisor. */
    public static boolean mayDecide(Actor actor, LegalCase legalCase, LegalHelpProvider provider) {
        return isHelper(actor, legalCase) || isSupervisor(actor, provider);
    }

    /** Miners ask for help: users of an organisation with the OPERATOR role (for themselves or their group). */
    public static boolean mayRequest(Actor actor) {
        return actor.organisationId() != null && actor.has(Role.OPERATOR);
    }

    /** A helper of a CSO offering legal help files a case for a miner who gives no name. */
    public static boolean mayFileViaCso(Actor actor, LegalHelpProvider provider) {
        return provider != null && ofProvider(actor, provider.getOrganisationId());
    }

    /** Who may see that cases exist (how many per CSO and status), and nothing more. */
    public static boolean mayCount(Actor actor) {
        return actor.has(Role.ADMIN) || actor.has(Role.AUDITOR);
    }

    public static boolean mayRegisterProviders(Actor actor) {
        return actor.has(Role.ADMIN);
    }
}
