package org.orepass.incident;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.Set;
import org.orepass.audit.NotAudited;
import org.orepass.audit.Redacted;
import org.orepass.shared.Dates;
import org.orepass.shared.DomainRuleViolation;
import org.orepass.shared.RuleChecks;
import org.orepass.site.Mineral;

/**
 * Something that went wrong around a mine, from report to closure. The status moves only along
 * {@link IncidentStatus#next()}; who may move it is {@link IncidentAccess}'s business. The description is kept
 * out of the audit trail's values (it may name people); the trail records that it was written.
 */
@Entity
@Table(name = "incident")
public class Incident {

    /** The longest description kept (the column); every channel checks it before it reports. */
    public static final int MAX_DESCRIPTION = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long categoryId;
    private int severity;
    private LocalDate occurredOn;
    private Long siteId;
    private String country;
    private String division;
    private String locality;

    @Enumerated(EnumType.STRING)
    private Mineral mineral;

    @Redacted
    private String description;
    private boolean descriptionSensitive;

    @Embedded
    private AffectedPeople affected;

    @Enumerated(EnumType.STRING)
    private IncidentSource source;

    @Enumerated(EnumType.STRING)
    private IncidentStatus status;

    @Redacted
    private String dismissalReason;

    @Column(updatable = false)
    private String reportedBy;
    @Column(updatable = false)
    private Long reporterOrganisationId;
    @Column(updatable = false)
    private Instant reportedAt;
    private Instant verifiedAt;
    private Instant closedAt;
    private LocalDate reviewDue;

    /** Only the hash, and not even that in the audit trail. */
    @NotAudited
    @Column(updatable = false)
    private String followUpCodeHash;

    /** The custody anomaly an automatic check opened this incident for; unique, so each opens one at most. */
    @Column(updatable = false)
    private Long custodyAnomalyId;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "incident_lot", joinColumns = @JoinColumn(name = "incident_id"))
    @Column(name = "lot_id")
    private Set<Long> lotIds = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "incident_organisation", joinColumns = @JoinColumn(name = "incident_id"))
    @Column(name = "organisation_id")
    private Set<Long> organisationIds = new HashSet<>();

    @Version
    private long version;

    protected Incident() {
        // for JPA
    }

    /** A report by a signed-in user on behalf of their organisation. */
    static Incident reported(IncidentDetails details, IncidentCategory category, Set<Long> lotIds,
            IncidentSource source, String reportedBy, Long organisationId, Instant now, LocalDate today) {
        var incident = new Incident();
        incident.describe(details, category, lotIds, today);
        incident.source = source;
        incident.status = IncidentStatus.REPORTED;
        incident.reportedBy = reportedBy;
        incident.reporterOrganisationId = organisationId;
        incident.reportedAt = now;
        return incident;
    }

    /**
     * An anonymous public report: no account, no organisation, the time cut to the day (a precise time could be
     * lined up with a network log), and only the hash of the reporter's follow-up code.
     */
    static Incident reportedAnonymously(IncidentDetails details, IncidentCategory category, String codeHash,
            Instant now, LocalDate today) {
        var incident = new Incident();
        incident.describe(details, category, Set.of(), today);
        incident.source = IncidentSource.ANONYMOUS_PUBLIC;
        incident.status = IncidentStatus.REPORTED;
        incident.reportedAt = now.truncatedTo(ChronoUnit.DAYS);
        incident.followUpCodeHash = codeHash;
        return incident;
    }

    /**
     * Opened by an automatic check from a custody anomaly: nobody reported it, so no reporter and no
     * organisation; the anomaly's id makes it one incident per anomaly.
     */
    static Incident detectedByCheck(IncidentDetails details, IncidentCategory category, Set<Long> lotIds,
            Long custodyAnomalyId, Instant now, LocalDate today) {
        var incident = new Incident();
        incident.describe(details, category, lotIds, today);
        incident.source = IncidentSource.AUTOMATIC_CHECK;
        incident.status = IncidentStatus.REPORTED;
        incident.reportedAt = now;
        incident.custodyAnomalyId = custodyAnomalyId;
        return incident;
    }

    /** The report's own rules (severity, date, description, people affected), every problem at once (issue 16). */
    static void check(IncidentDetails details, LocalDate today) {
        var checks = new RuleChecks();
        checks.refuseIf(details.severity() == null || details.severity() < 1 || details.severity() > 3, "severity",
                "incident.severity.range");
        checks.refuseIf(details.occurredOn() == null, "occurredOn", "validation.required");
        if (details.occurredOn() != null) {
            checks.refuseIf(details.occurredOn().isAfter(today), "occurredOn", "incident.occurredOn.future");
            checks.run(() -> Dates.requirePast("occurredOn", details.occurredOn(), today));
        }
        checks.refuseIf(details.description() == null || details.description().isBlank(), "description",
                "validation.required");
        checks.refuseIf(details.description() != null && details.description().strip().length() > MAX_DESCRIPTION,
                "description", "incident.description.length", MAX_DESCRIPTION);
        checks.refuseIf(details.affected().anyNegative(), "affectedWomen", "incident.affected.negative");
        checks.throwIfAny();
    }

    private void describe(IncidentDetails details, IncidentCategory category, Set<Long> lots, LocalDate today) {
        check(details, today);
        this.categoryId = category.getId();
        this.severity = details.severity();
        this.occurredOn = details.occurredOn();
        this.mineral = details.mineral();
        this.description = details.description().strip();
        this.descriptionSensitive = details.sensitive();
        this.affected = details.affected();
        this.lotIds.addAll(lots);
        this.organisationIds.addAll(details.organisationIds());
    }

    /** After review: publishable (false) when it names nobody and could not identify the reporter. */
    void markDescriptionSensitive(boolean sensitive) {
        this.descriptionSensitive = sensitive;
    }

    void linkLots(Set<Long> lots) {
        this.lotIds.addAll(lots);
    }

    /** The place: the site's, or the division and locality the reporter gave (the caller has checked them). */
    void placeAt(Long site, String placeCountry, String placeDivision, String placeLocality) {
        this.siteId = site;
        this.country = placeCountry;
        this.division = placeDivision;
        this.locality = placeLocality;
    }

    /** Moves along the state machine; dates the steps the dashboards measure and restarts the review clock. */
    void moveTo(IncidentStatus target, String reason, Instant now, LocalDate reviewDueIfOpen) {
        if (!status.mayMoveTo(target)) {
            throw new DomainRuleViolation("status", "incident.transition.invalid");
        }
        if (target == IncidentStatus.DISMISSED) {
            if (reason == null || reason.isBlank()) {
                throw new DomainRuleViolation("reason", "incident.dismissal.reason.required");
            }
            this.dismissalReason = reason.strip();
        }
        if (target == IncidentStatus.VERIFIED) {
            this.verifiedAt = now;
        }
        this.status = target;
        if (target.isClosed()) {
            this.closedAt = now;
            this.reviewDue = null;
        } else if (IncidentStatus.OPEN_AFTER_VERIFICATION.contains(target)) {
            this.reviewDue = reviewDueIfOpen;
        }
    }

    public boolean isOverdueOn(LocalDate today) {
        return reviewDue != null && reviewDue.isBefore(today) && !status.isClosed();
    }

    public Long getCustodyAnomalyId() {
        return custodyAnomalyId;
    }

    public boolean isAnonymous() {
        return source == IncidentSource.ANONYMOUS_PUBLIC;
    }

    public Long getId() {
        return id;
    }

    public Long getCategoryId() {
        return categoryId;
    }

    public int getSeverity() {
        return severity;
    }

    public LocalDate getOccurredOn() {
        return occurredOn;
    }

    public Long getSiteId() {
        return siteId;
    }

    public String getCountry() {
        return country;
    }

    public String getDivision() {
        return division;
    }

    public String getLocality() {
        return locality;
    }

    public Mineral getMineral() {
        return mineral;
    }

    public String getDescription() {
        return description;
    }

    public boolean isDescriptionSensitive() {
        return descriptionSensitive;
    }

    public AffectedPeople getAffected() {
        return affected == null ? AffectedPeople.NONE : affected;
    }

    public IncidentSource getSource() {
        return source;
    }

    public IncidentStatus getStatus() {
        return status;
    }

    public String getDismissalReason() {
        return dismissalReason;
    }

    public String getReportedBy() {
        return reportedBy;
    }

    public Long getReporterOrganisationId() {
        return reporterOrganisationId;
    }

    public Instant getReportedAt() {
        return reportedAt;
    }

    public Instant getVerifiedAt() {
        return verifiedAt;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public LocalDate getReviewDue() {
        return reviewDue;
    }

    String getFollowUpCodeHash() {
        return followUpCodeHash;
    }

    public Set<Long> getLotIds() {
        return Set.copyOf(lotIds);
    }

    public Set<Long> getOrganisationIds() {
        return Set.copyOf(organisationIds);
    }

    public long getVersion() {
        return version;
    }
}
