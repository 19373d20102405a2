package org.orepass.site;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** What field visits record (IPIS practice): people at work, armed presence, roadblocks, mercury, equipment, buyers. */
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

    protected Observations() {
        // for JPA
    }

    public Observations(int workersMen, int workersWomen, int children, boolean armedPresence, boolean roadblocks,
            boolean mercury, String equipment, String mineralsSoldTo) {
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
}
