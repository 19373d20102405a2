package org.orepass.site;

/**
 * The RCM criteria an inspection checks. {@code true} means the criterion is breached. The critical ones make a
 * site red, the important ones yellow (3 months to correct), none green.
 */
public record InspectionChecklist(
        boolean armedGroups,
        boolean illegalSecurityForces,
        boolean seriousAbuses,
        boolean childLabour,
        boolean licenceAndRegistration,
        boolean healthAndSafety,
        boolean mercuryAndEnvironment,
        boolean taxesUnpaid) {

    public boolean anyCritical() {
        return armedGroups || illegalSecurityForces || seriousAbuses;
    }

    public boolean anyImportant() {
        return childLabour || licenceAndRegistration || healthAndSafety || mercuryAndEnvironment || taxesUnpaid;
    }

    /** Every criterion breached in this checklist or in {@code other}. */
    public InspectionChecklist union(InspectionChecklist other) {
        return new InspectionChecklist(armedGroups || other.armedGroups,
                illegalSecurityForces || other.illegalSecurityForces, seriousAbuses || other.seriousAbuses,
                childLabour || other.childLabour, licenceAndRegistration || other.licenceAndRegistration,
                healthAndSafety || other.healthAndSafety, mercuryAndEnvironment || other.mercuryAndEnvironment,
                taxesUnpaid || other.taxesUnpaid);
    }

    /** The status the rules give for these criteria alone (see {@link InspectionFacts} for the whole inspection). */
    public SiteStatus result() {
        if (anyCritical()) {
            return SiteStatus.RED;
        }
        return anyImportant() ? SiteStatus.YELLOW : SiteStatus.GREEN;
    }
}
