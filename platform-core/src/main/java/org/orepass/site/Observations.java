package org.orepass.site;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * What field visits record (IPIS practice): people at work, armed presence, roadblocks, mercury, equipment, buyers.
 * Some of these facts breach RCM criteria by themselves, whatever the checklist says: {@link InspectionFacts}.
 */
@Embeddable
public class Observations {

    @Column(name = "observed_workers_men")
    private int workersMen;
    @Column(name = "observed_workers_women")
    private int workersWomen;
    @Column(name = "observed_children")
    private int children;
    private boolean armedPresence;
    private boolean roadblocks;
    @Column(name = "mercury_observed")
    private boolean mercury;
    private String equipment;
    private String mineralsSoldTo;
    /** Children seen in pits, underground, carrying heavy loads or other hazardous work (a worst form, ILO C182). */
    private boolean childrenInHazardousWork;
    /** An armed group taxes or extorts the miners, traders or the way to the site. */
    private boolean armedGroupTaxation;
    /** The armed presence or roadblock seen is the lawful state security of the area (with a written reason). */
    private boolean lawfulStateSecurity;
    private String lawfulSecurityReason;

    protected Observations() {
        // for JPA
    }

    public Observations(int workersMen, int workersWomen, int children, boolean armedPresence, boolean roadblocks,
            boolean mercury, String equipment, String mineralsSoldTo) {
        this(workersMen, workersWomen, children, armedPresence, roadblocks, mercury, equipment, mineralsSoldTo, false,
                false, false, null);
    }

    public Observations(int workersMen, int workersWomen, int children, boolean armedPresence, boolean roadblocks,
            boolean mercury, String equipment, String mineralsSoldTo, boolean childrenInHazardousWork,
            boolean armedGroupTaxation, boolean lawfulStateSecurity, String lawfulSecurityReason) {
        this.childrenInHazardousWork = childrenInHazardousWork;
        this.armedGroupTaxation = armedGroupTaxation;
        this.lawfulStateSecurity = lawfulStateSecurity;
        // A reason without the box ticked explains nothing: it is not kept.
        this.lawfulSecurityReason = !lawfulStateSecurity || lawfulSecurityReason == null
                || lawfulSecurityReason.isBlank() ? null : lawfulSecurityReason.strip();
        this.workersMen = workersMen;
        this.workersWomen = workersWomen;
        this.children = children;
        this.armedPresence = armedPresence;
        this.roadblocks = roadblocks;
        this.mercury = mercury;
        this.equipment = equipment;
        this.mineralsSoldTo = mineralsSoldTo;
    }

    public int getWorkersMen() {
        return workersMen;
    }

    public int getWorkersWomen() {
        return workersWomen;
    }

    public int getChildren() {
        return children;
    }

    public boolean isArmedPresence() {
        return armedPresence;
    }

    public boolean isRoadblocks() {
        return roadblocks;
    }

    public boolean isMercury() {
        return mercury;
    }

    public String getEquipment() {
        return equipment;
    }

    public String getMineralsSoldTo() {
        return mineralsSoldTo;
    }

    public boolean isChildrenInHazardousWork() {
        return childrenInHazardousWork;
    }

    public boolean isArmedGroupTaxation() {
        return armedGroupTaxation;
    }

    public boolean isLawfulStateSecurity() {
        return lawfulStateSecurity;
    }

    public String getLawfulSecurityReason() {
        return lawfulSecurityReason;
    }
}
