package org.orepass.site;

import org.orepass.site.internal.OverrideState;
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
import org.orepass.shared.DomainRuleViolation;

/**
 * ICGLR MD.07: a visit to a site, its RCM checklist, what the inspectors saw, and the resulting status. The
 * rules applied to the ticked criteria and to those the observations imply ({@link InspectionFacts}) give
 * {@link #getRuleResult()}. An inspector may record another colour only with a written justification
 * ({@link #getOverrideJustification()}): a stricter one applies at once; a more lenient one is
 * {@link #getRequestedResult() requested} and applies only once a second inspector confirms it
 * ({@link #getOverrideState()}); until then {@link #getResult()} is the facts' colour. The audit trail keeps each
 * step.
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

    /** The more lenient colour the inspector asked for, while and after a second inspector decides on it. */
    @Enumerated(EnumType.STRING)
    private SiteStatus requestedResult;

    @Enumerated(EnumType.STRING)
    private OverrideState overrideState;

    private String overrideDecidedBy;
    private Instant overrideDecidedAt;
    private String overrideRefusal;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @JoinColumn(name = "inspection_id", nullable = false, updatable = false)
    @OrderBy("deadline")
    private List<CorrectiveAction> correctiveActions = new ArrayList<>();

    @Version
    private long version;

    protected Inspection() {
        // for JPA
    }

    /**
     * An inspection whose facts give {@code factsResult} and for which the inspector chose {@code chosen} (the
     * caller has checked the justification a different colour needs). A more lenient colour waits for a second
     * inspector: the inspection's result stays the facts' colour until then.
     */
    Inspection(Long siteId, InspectionReport report, SiteStatus factsResult, SiteStatus chosen, String recordedBy,
            Instant recordedAt) {
        this.siteId = siteId;
        this.inspectedOn = report.inspectedOn();
        this.purpose = report.purpose().strip();
        this.inspectors = report.inspectors().strip();
        this.agency = report.agency().strip();
        this.checklist = Checklist.of(report.checklist());
        this.observations = report.observations();
        this.findings = report.findings();
        this.ruleResult = factsResult;
        if (chosen == factsResult) {
            this.result = factsResult;
        } else {
            this.overrideJustification = report.overrideJustification().strip();
            if (InspectionFacts.stricter(chosen, factsResult)) {
                this.result = chosen;
            } else {
                this.result = factsResult;
                this.requestedResult = chosen;
                this.overrideState = OverrideState.PENDING;
            }
        }
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
        report.correctiveActions().forEach(action ->
                correctiveActions.add(new CorrectiveAction(action.description(), action.deadline())));
    }

    /** A second inspector confirms the requested colour: it becomes the inspection's result. */
    void confirmOverride(String username, Instant at) {
        requirePending(username);
        this.result = requestedResult;
        this.overrideState = OverrideState.CONFIRMED;
        this.overrideDecidedBy = username;
        this.overrideDecidedAt = at;
    }

    /** A second inspector refuses the requested colour, saying why: the facts' colour stays. */
    void refuseOverride(String username, Instant at, String reason) {
        requirePending(username);
        if (reason == null || reason.isBlank()) {
            throw new DomainRuleViolation("refusalReason", "validation.required");
        }
        if (reason.strip().length() > InspectionFacts.MAXIMUM_REASON) {
            throw new DomainRuleViolation("refusalReason", "inspection.text.too-long", InspectionFacts.MAXIMUM_REASON);
        }
        this.overrideState = OverrideState.REFUSED;
        this.overrideDecidedBy = username;
        this.overrideDecidedAt = at;
        this.overrideRefusal = reason.strip();
    }

    /** A later inspection of the site supersedes a colour still waiting for confirmation. */
    void lapseOverride() {
        if (overrideState == OverrideState.PENDING) {
            this.overrideState = OverrideState.LAPSED;
        }
    }

    /** Refuses a decision when nothing is pending or when it would come from the inspector who asked. */
    void requirePending(String username) {
        if (overrideState != OverrideState.PENDING) {
            throw new DomainRuleViolation(null, "inspection.override.not-pending");
        }
        if (username == null || username.equals(recordedBy)) {
            // The four-eyes rule: whoever chose the lenient colour cannot be the one who confirms it.
            throw new DomainRuleViolation(null, "inspection.override.same-inspector");
        }
    }

    public boolean isAwaitingConfirmation() {
        return overrideState == OverrideState.PENDING;
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

    public SiteStatus getRequestedResult() {
        return requestedResult;
    }

    public OverrideState getOverrideState() {
        return overrideState;
    }

    public String getOverrideDecidedBy() {
        return overrideDecidedBy;
    }

    public Instant getOverrideDecidedAt() {
        return overrideDecidedAt;
    }

    public String getOverrideRefusal() {
        return overrideRefusal;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public long getVersion() {
        return version;
    }

    public List<CorrectiveAction> getCorrectiveActions() {
        return List.copyOf(correctiveActions);
    }
}
