package org.orepass.site;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * ICGLR MD.07: a visit to a site, its RCM checklist, what the inspectors saw, and the resulting status. The
 * rules give {@link #getRuleResult()}; an inspector may record another colour only with a written
 * justification ({@link #getOverrideJustification()}), which the audit trail keeps.
 */
@Entity
@Table(name = "inspection")
public class Inspection {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long siteId;
    private LocalDate inspectedOn;
    private String purpose;
    private String inspectors;
    private String agency;

    @Embedded
    private Checklist checklist;

    @Embedded
    private Observations observations;

    private String findings;

    @Enumerated(EnumType.STRING)
    private SiteStatus ruleResult;

    @Enumerated(EnumType.STRING)
    private SiteStatus result;

    private String overrideJustification;
    private String recordedBy;
    private Instant recordedAt;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @JoinColumn(name = "inspection_id", nullable = false, updatable = false)
    @OrderBy("deadline")
    private List<CorrectiveAction> correctiveActions = new ArrayList<>();

    @Version
    private long version;

    protected Inspection() {
        // for JPA
    }

    Inspection(Long siteId, InspectionReport report, SiteStatus result, String recordedBy, Instant recordedAt) {
        this.siteId = siteId;
        this.inspectedOn = report.inspectedOn();
        this.purpose = report.purpose().strip();
        this.inspectors = report.inspectors().strip();
        this.agency = report.agency().strip();
        this.checklist = Checklist.of(report.checklist());
        this.observations = report.observations();
        this.findings = report.findings();
        this.ruleResult = report.checklist().result();
        this.result = result;
        this.overrideJustification = result == ruleResult ? null : report.overrideJustification().strip();
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
        report.correctiveActions().forEach(action ->
                correctiveActions.add(new CorrectiveAction(action.description(), action.deadline())));
    }

    public Long getId() {
        return id;
    }

    public Long getSiteId() {
        return siteId;
    }

    public LocalDate getInspectedOn() {
        return inspectedOn;
    }

    public String getPurpose() {
        return purpose;
    }

    public String getInspectors() {
        return inspectors;
    }

    public String getAgency() {
        return agency;
    }

    public InspectionChecklist getChecklist() {
        return checklist.toChecklist();
    }

    public Observations getObservations() {
        return observations;
    }

    public String getFindings() {
        return findings;
    }

    public SiteStatus getRuleResult() {
        return ruleResult;
    }

    public SiteStatus getResult() {
        return result;
    }

    public String getOverrideJustification() {
        return overrideJustification;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public List<CorrectiveAction> getCorrectiveActions() {
        return List.copyOf(correctiveActions);
    }
}
