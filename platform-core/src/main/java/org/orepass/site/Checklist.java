package org.orepass.site;

import jakarta.persistence.Embeddable;

/** The checklist as stored with an inspection (JPA needs a mutable embeddable; the domain uses the record). */
@Embeddable
class Checklist {

    private boolean armedGroups;
    private boolean illegalSecurityForces;
    private boolean seriousAbuses;
    private boolean childLabour;
    private boolean licenceAndRegistration;
    private boolean healthAndSafety;
    private boolean mercuryAndEnvironment;
    private boolean taxesUnpaid;

    protected Checklist() {
        // for JPA
    }

    static Checklist of(InspectionChecklist checklist) {
        var stored = new Checklist();
        stored.armedGroups = checklist.armedGroups();
        stored.illegalSecurityForces = checklist.illegalSecurityForces();
        stored.seriousAbuses = checklist.seriousAbuses();
        stored.childLabour = checklist.childLabour();
        stored.licenceAndRegistration = checklist.licenceAndRegistration();
        stored.healthAndSafety = checklist.healthAndSafety();
        stored.mercuryAndEnvironment = checklist.mercuryAndEnvironment();
        stored.taxesUnpaid = checklist.taxesUnpaid();
        return stored;
    }

    InspectionChecklist toChecklist() {
        return new InspectionChecklist(armedGroups, illegalSecurityForces, seriousAbuses, childLabour,
                licenceAndRegistration, healthAndSafety, mercuryAndEnvironment, taxesUnpaid);
    }
}
