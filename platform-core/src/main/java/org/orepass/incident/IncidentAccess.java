package org.orepass.incident;

import org.orepass.account.Actor;
import org.orepass.account.Role;

/**
 * Who may do what with incidents. CSO monitors and inspectors (in their jurisdiction) verify and follow up;
 * everyone with an account may report; the reporter's organisation may add information. CSO monitors see
 * everything; inspectors see the incidents of their jurisdiction in full; administrators and auditors see all
 * incidents but not text marked sensitive nor who reported; operators and exporters see what their organisation
 * reported or what happened at sites it runs, without sensitive text from others.
 */
public final class IncidentAccess {

    private IncidentAccess() {
    }

    /** Every role may report something it witnessed; auditors only read. */
    public static boolean mayReport(Actor actor) {
        return actor.has(Role.CSO_MONITOR) || actor.has(Role.INSPECTOR) || actor.has(Role.OPERATOR)
                || actor.has(Role.EXPORTER) || actor.has(Role.ADMIN);
    }

    /** The source a signed-in report carries, from the reporter's role. */
    public static IncidentSource sourceOf(Actor actor) {
        if (actor.has(Role.CSO_MONITOR)) {
            return IncidentSource.MONITOR;
        }
        if (actor.has(Role.INSPECTOR)) {
            return IncidentSource.INSPECTOR;
        }
        return IncidentSource.OPERATOR;
    }

    public static boolean seesAll(Actor actor) {
        return actor.has(Role.CSO_MONITOR) || actor.has(Role.ADMIN) || actor.has(Role.AUDITOR);
    }

    /** {@code operatesSite}: the actor's organisation owns or operates the incident's site. */
    public static boolean maySee(Actor actor, Incident incident, boolean operatesSite) {
        return seesAll(actor) || inJurisdiction(actor, incident) || ownOrganisation(actor, incident)
                || (operatesSite && shownToSiteOperator(incident));
    }

    /**
     * An anonymous report linked to a site reaches the site's operator only once it is verified (when the public
     * may read it too): before, the operator would learn that someone at their site reported, and when, which
     * could point to the reporter. Other reports at a site are the operator's to see from the start.
     */
    public static boolean shownToSiteOperator(Incident incident) {
        return !incident.isAnonymous() || IncidentStatus.VERIFIED_OR_LATER.contains(incident.getStatus());
    }

    /** Verifying and following up: CSO monitors anywhere, inspectors where they inspect. */
    public static boolean mayFollowUp(Actor actor, Incident incident) {
        return actor.has(Role.CSO_MONITOR) || inJurisdiction(actor, incident);
    }

    /**
     * Linking an incident to a site (or moving the link) is part of verifying it: whoever may follow the incident
     * up, and, for an inspector, only to a site in their own jurisdiction (CSO monitors verify anywhere).
     */
    public static boolean mayLinkSiteAt(Actor actor, String siteCountry, String siteDivision) {
        return actor.has(Role.CSO_MONITOR) || actor.inspectsIn(siteCountry, siteDivision);
    }

    public static boolean mayMove(Actor actor, Incident incident, IncidentStatus target) {
        return mayFollowUp(actor, incident) && incident.getStatus().mayMoveTo(target);
    }

    /**
     * Whether the description may be published (unmarked sensitive) or withheld again: those who verify, who
     * read it in full and answer for what the public pages show.
     */
    /**
     * Only descriptions nobody chose to withhold: anonymous reports and automatic checks arrive withheld by
     * default and may be published after review; a signed-in reporter who marked the text sensitive decided so.
     */
    public static boolean mayDecidePublication(Actor actor, Incident incident) {
        return (incident.isAnonymous() || incident.getSource() == IncidentSource.AUTOMATIC_CHECK)
                && mayFollowUp(actor, incident) && mayReadSensitive(actor, incident);
    }

    /** Comments and added information: those who follow up, and the organisation that reported. */
    public static boolean mayComment(Actor actor, Incident incident) {
        return !incident.getStatus().isClosed()
                && (mayFollowUp(actor, incident) || ownOrganisation(actor, incident));
    }

    public static boolean mayReadSensitive(Actor actor, Incident incident) {
        return actor.has(Role.CSO_MONITOR) || inJurisdiction(actor, incident) || ownOrganisation(actor, incident);
    }

    /** Who reported (a user name) is for CSO monitors and the reporter's own organisation. */
    public static boolean maySeeReporter(Actor actor, Incident incident) {
        return actor.has(Role.CSO_MONITOR) || ownOrganisation(actor, incident);
    }

    private static boolean inJurisdiction(Actor actor, Incident incident) {
        return actor.inspectsIn(incident.getCountry(), incident.getDivision());
    }

    private static boolean ownOrganisation(Actor actor, Incident incident) {
        return actor.organisationId() != null
                && actor.organisationId().equals(incident.getReporterOrganisationId());
    }
}
