package org.orepass.web.site;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.orepass.site.InspectionChecklist;
import org.orepass.site.InspectionReport;
import org.orepass.site.Observations;
import org.orepass.site.SiteStatus;
import org.springframework.format.annotation.DateTimeFormat;

/** The inspection form: one page, the RCM checklist first, then what was seen, then the result. */
public class InspectionForm {

    /** Rows for corrective actions on a form that works without JavaScript. */
    static final int ACTION_ROWS = 3;

    @NotNull(message = "{validation.required}")
    @PastOrPresent(message = "{inspection.date.future}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate inspectedOn = LocalDate.now();
    @NotBlank(message = "{validation.required}")
    @Size(max = 500, message = "{validation.size}")
    private String purpose;
    @NotBlank(message = "{validation.required}")
    @Size(max = 500, message = "{validation.size}")
    private String inspectors;
    @NotBlank(message = "{validation.required}")
    @Size(max = 200, message = "{validation.size}")
    private String agency;
    private boolean armedGroups;
    private boolean illegalSecurityForces;
    private boolean seriousAbuses;
    private boolean childLabour;
    private boolean licenceAndRegistration;
    private boolean healthAndSafety;
    private boolean mercuryAndEnvironment;
    private boolean taxesUnpaid;
    @Min(value = 0, message = "{site.count.negative}")
    private int workersMen;
    @Min(value = 0, message = "{site.count.negative}")
    private int workersWomen;
    @Min(value = 0, message = "{site.count.negative}")
    private int children;
    private boolean childrenInHazardousWork;
    private boolean armedPresence;
    private boolean roadblocks;
    private boolean armedGroupTaxation;
    private boolean lawfulStateSecurity;
    @Size(max = 2000, message = "{validation.size}")
    private String lawfulSecurityReason;
    private boolean mercury;
    @Size(max = 1000, message = "{validation.size}")
    private String equipment;
    @Size(max = 1000, message = "{validation.size}")
    private String mineralsSoldTo;
    @Size(max = 4000, message = "{validation.size}")
    private String findings;
    private List<ActionRow> actions = new ArrayList<>();
    private SiteStatus result;
    @Size(max = 2000, message = "{validation.size}")
    private String overrideJustification;
    /** The site's version when the form was opened: another inspection recorded meanwhile makes this one stale. */
    private Long siteVersion;

    public InspectionForm() {
        for (int i = 0; i < ACTION_ROWS; i++) {
            actions.add(new ActionRow());
        }
    }

    public static class ActionRow {
        @Size(max = 1000, message = "{validation.size}")
        private String description;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate deadline;

        public String getDescription() { return description; }
        public void setDescription(String description) { this.description = description; }
        public LocalDate getDeadline() { return deadline; }
        public void setDeadline(LocalDate deadline) { this.deadline = deadline; }

        boolean isEmpty() {
            return (description == null || description.isBlank()) && deadline == null;
        }
    }

    public InspectionReport toReport() {
        return new InspectionReport(inspectedOn, purpose, inspectors, agency,
                new InspectionChecklist(armedGroups, illegalSecurityForces, seriousAbuses, childLabour,
                        licenceAndRegistration, healthAndSafety, mercuryAndEnvironment, taxesUnpaid),
                new Observations(workersMen, workersWomen, children, armedPresence, roadblocks, mercury, equipment,
                        mineralsSoldTo, childrenInHazardousWork, armedGroupTaxation, lawfulStateSecurity,
                        lawfulSecurityReason),
                findings,
                actions.stream().filter(row -> !row.isEmpty())
                        .map(row -> new InspectionReport.Action(row.description, row.deadline)).toList(),
                result, overrideJustification);
    }

    public LocalDate getInspectedOn() { return inspectedOn; }
    public void setInspectedOn(LocalDate inspectedOn) { this.inspectedOn = inspectedOn; }
    public String getPurpose() { return purpose; }
    public void setPurpose(String purpose) { this.purpose = purpose; }
    public String getInspectors() { return inspectors; }
    public void setInspectors(String inspectors) { this.inspectors = inspectors; }
    public String getAgency() { return agency; }
    public void setAgency(String agency) { this.agency = agency; }
    public boolean isArmedGroups() { return armedGroups; }
    public void setArmedGroups(boolean armedGroups) { this.armedGroups = armedGroups; }
    public boolean isIllegalSecurityForces() { return illegalSecurityForces; }
    public void setIllegalSecurityForces(boolean value) { this.illegalSecurityForces = value; }
    public boolean isSeriousAbuses() { return seriousAbuses; }
    public void setSeriousAbuses(boolean seriousAbuses) { this.seriousAbuses = seriousAbuses; }
    public boolean isChildLabour() { return childLabour; }
    public void setChildLabour(boolean childLabour) { this.childLabour = childLabour; }
    public boolean isLicenceAndRegistration() { return licenceAndRegistration; }
    public void setLicenceAndRegistration(boolean value) { this.licenceAndRegistration = value; }
    public boolean isHealthAndSafety() { return healthAndSafety; }
    public void setHealthAndSafety(boolean healthAndSafety) { this.healthAndSafety = healthAndSafety; }
    public boolean isMercuryAndEnvironment() { return mercuryAndEnvironment; }
    public void setMercuryAndEnvironment(boolean value) { this.mercuryAndEnvironment = value; }
    public boolean isTaxesUnpaid() { return taxesUnpaid; }
    public void setTaxesUnpaid(boolean taxesUnpaid) { this.taxesUnpaid = taxesUnpaid; }
    public int getWorkersMen() { return workersMen; }
    public void setWorkersMen(int workersMen) { this.workersMen = workersMen; }
    public int getWorkersWomen() { return workersWomen; }
    public void setWorkersWomen(int workersWomen) { this.workersWomen = workersWomen; }
    public int getChildren() { return children; }
    public void setChildren(int children) { this.children = children; }
    public boolean isArmedPresence() { return armedPresence; }
    public void setArmedPresence(boolean armedPresence) { this.armedPresence = armedPresence; }
    public boolean isRoadblocks() { return roadblocks; }
    public void setRoadblocks(boolean roadblocks) { this.roadblocks = roadblocks; }
    public boolean isChildrenInHazardousWork() { return childrenInHazardousWork; }
    public void setChildrenInHazardousWork(boolean value) { this.childrenInHazardousWork = value; }
    public boolean isArmedGroupTaxation() { return armedGroupTaxation; }
    public void setArmedGroupTaxation(boolean value) { this.armedGroupTaxation = value; }
    public boolean isLawfulStateSecurity() { return lawfulStateSecurity; }
    public void setLawfulStateSecurity(boolean value) { this.lawfulStateSecurity = value; }
    public String getLawfulSecurityReason() { return lawfulSecurityReason; }
    public void setLawfulSecurityReason(String value) { this.lawfulSecurityReason = value; }
    public Long getSiteVersion() { return siteVersion; }
    public void setSiteVersion(Long siteVersion) { this.siteVersion = siteVersion; }
    public boolean isMercury() { return mercury; }
    public void setMercury(boolean mercury) { this.mercury = mercury; }
    public String getEquipment() { return equipment; }
    public void setEquipment(String equipment) { this.equipment = equipment; }
    public String getMineralsSoldTo() { return mineralsSoldTo; }
    public void setMineralsSoldTo(String mineralsSoldTo) { this.mineralsSoldTo = mineralsSoldTo; }
    public String getFindings() { return findings; }
    public void setFindings(String findings) { this.findings = findings; }
    public List<ActionRow> getActions() { return actions; }
    public void setActions(List<ActionRow> actions) { this.actions = actions; }
    public SiteStatus getResult() { return result; }
    public void setResult(SiteStatus result) { this.result = result; }
    public String getOverrideJustification() { return overrideJustification; }
    public void setOverrideJustification(String value) { this.overrideJustification = value; }
}
