package org.orepass.site;

import org.orepass.site.internal.CountryBounds;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.orepass.geography.Countries;
import org.orepass.organisation.Organisation;
import org.orepass.shared.Dates;
import org.orepass.shared.DomainRuleViolation;
import org.orepass.shared.RuleChecks;
import org.orepass.shared.Mass;

/**
 * A mine site as the ICGLR standard (MD.01) and the programmes describe it. Its ICGLR identifier is given at
 * registration and never changes; its status follows inspections and {@link SiteStatusRules}.
 */
@Entity
@Table(name = "mine_site")
public class MineSite {

    /** The earliest licence grant the register accepts (mining codes of the 1950s onwards). */
    static final LocalDate LICENCES_FROM = LocalDate.of(1950, 1, 1);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(updatable = false)
    private IcglrId icglrId;

    private String nationalId;
    private String name;
    private String country;
    private String division;
    private String locality;
    private BigDecimal latitude;
    private BigDecimal longitude;
    private BigDecimal altitude;
    private String polygon;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "owner_id")
    private Organisation owner;

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "mine_site_operator", joinColumns = @JoinColumn(name = "site_id"),
            inverseJoinColumns = @JoinColumn(name = "organisation_id"))
    private Set<Organisation> operators = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "mine_site_mineral", joinColumns = @JoinColumn(name = "site_id"))
    @Column(name = "mineral")
    @Enumerated(EnumType.STRING)
    private Set<Mineral> minerals = EnumSet.noneOf(Mineral.class);

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "mine_site_capacity", joinColumns = @JoinColumn(name = "site_id"))
    @MapKeyColumn(name = "mineral")
    @MapKeyEnumerated(EnumType.STRING)
    @Column(name = "kg_per_month")
    private Map<Mineral, BigDecimal> capacityKgPerMonth = new EnumMap<>(Mineral.class);

    @OneToMany(mappedBy = "site", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<Licence> licences = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    private ActivityStatus activityStatus;

    @Enumerated(EnumType.STRING)
    private MiningType miningType;

    @Enumerated(EnumType.STRING)
    private FormalisationStage formalisationStage;

    private int workersMen;
    private int workersWomen;
    private int childrenObserved;
    private int membersMen;
    private int membersWomen;
    private boolean mercuryUse;

    @Enumerated(EnumType.STRING)
    private SiteStatus status;

    private LocalDate statusSince;
    private LocalDate correctionDeadline;

    /** Why the recorded status was set (the latest change's reason); tells a critical red from a time-made one. */
    @Enumerated(EnumType.STRING)
    private StatusChangeReason statusReason;

    @Column(updatable = false)
    private Instant registeredAt;

    /** {@link IcglrExchange}: whether the ICGLR endpoints may publish this site; kept so lists can count fast. */
    private boolean icglrReady;

    @Version
    private long version;

    protected MineSite() {
        // for JPA
    }

    /** A new site is blue (not yet inspected) from the day it is registered. */
    static MineSite register(IcglrId icglrId, SiteDetails details, Organisation owner, Set<Organisation> operators,
            LocalDate today, Instant now) {
        var site = new MineSite();
        site.icglrId = icglrId;
        site.status = SiteStatus.BLUE;
        site.statusSince = today;
        site.statusReason = StatusChangeReason.REGISTRATION;
        site.registeredAt = now;
        site.describe(details, owner, operators);
        return site;
    }

    /** Checks and records the descriptive fields; identifier and status are not touched. */
    void describe(SiteDetails details, Organisation owner, Set<Organisation> operators) {
        validate(details);
        this.name = details.name().strip();
        this.nationalId = blankToNull(details.nationalId());
        this.country = details.country();
        this.division = blankToNull(details.division());
        this.locality = blankToNull(details.locality());
        this.latitude = microdegrees(details.latitude());
        this.longitude = microdegrees(details.longitude());
        this.altitude = details.altitude();
        this.owner = owner;
        this.operators.clear();
        this.operators.addAll(operators);
        this.minerals.clear();
        this.minerals.addAll(details.minerals());
        this.capacityKgPerMonth.clear();
        this.capacityKgPerMonth.putAll(details.capacityKgPerMonth());
        this.activityStatus = details.activityStatus();
        this.miningType = details.miningType();
        this.formalisationStage = details.formalisationStage();
        this.workersMen = details.workersMen();
        this.workersWomen = details.workersWomen();
        this.childrenObserved = details.childrenObserved();
        this.membersMen = details.membersMen();
        this.membersWomen = details.membersWomen();
        this.mercuryUse = details.mercuryUse();
        var licence = details.licence();
        Dates.require("licenceGrantedOn", licence.grantedOn(), LICENCES_FROM, Dates.FAR_FUTURE);
        Dates.require("licenceExpiresOn", licence.expiresOn(), LICENCES_FROM, Dates.FAR_FUTURE);
        var commodities = String.join(",", details.minerals().stream().map(Mineral::hsCode).sorted().toList());
        if (licences.isEmpty()) {
            licences.add(new Licence(this, licence.type(), blankToNull(licence.number()), licence.grantedOn(),
                    licence.expiresOn(), commodities));
        } else {
            licences.get(0).update(licence.type(), blankToNull(licence.number()), licence.grantedOn(),
                    licence.expiresOn(), commodities);
        }
        refreshIcglrReadiness();
    }

    /**
     * Sets or removes the outline: a GeoJSON Polygon (the standard's form, checked against its schema by the API)
     * whose rings are closed.
     */
    void outline(String polygonJson) {
        if (polygonJson != null && !polygonJson.isBlank() && !PolygonOutline.closedRings(polygonJson)) {
            throw new DomainRuleViolation("polygon", "site.polygon.open");
        }
        this.polygon = polygonJson == null || polygonJson.isBlank() ? null : polygonJson;
    }

    /** Whether the ICGLR interchange may publish the site: its own fields only ({@link IcglrExchange#missing}). */
    void refreshIcglrReadiness() {
        this.icglrReady = IcglrExchange.missing(this).isEmpty();
    }

    public boolean isIcglrReady() {
        return icglrReady;
    }

    /** Every rule the details break, all at once (issue 16): one refusal per field, in the order of the form. */
    private static void validate(SiteDetails details) {
        var checks = new RuleChecks();
        checks.refuseIf(details.name() == null || details.name().isBlank(), "name", "validation.required");
        var knownCountry = Countries.isCountry(details.country());
        checks.refuseIf(!knownCountry, "country", "validation.country");
        var division = blankToNull(details.division());
        checks.refuseIf(knownCountry && division != null && !Countries.isDivisionOf(division, details.country()),
                "division", "validation.division", details.country());
        checks.refuseIf(details.latitude() == null || details.latitude().abs().compareTo(BigDecimal.valueOf(90)) > 0,
                "latitude", "site.latitude.range");
        checks.refuseIf(details.longitude() == null
                || details.longitude().abs().compareTo(BigDecimal.valueOf(180)) > 0, "longitude", "site.longitude.range");
        if (knownCountry && !checks.refused("latitude") && !checks.refused("longitude")) {
            checks.refuseIf(!details.locationConfirmed()
                    && !CountryBounds.plausible(details.country(), details.latitude(), details.longitude()),
                    "latitude", "site.coordinates.outside-country", details.country());
        }
        checks.refuseIf(details.altitude() != null && (details.altitude().abs().compareTo(ALTITUDE_MAX) > 0
                || details.altitude().stripTrailingZeros().scale() > 1),
                "altitude", "site.altitude.range", ALTITUDE_MAX.toPlainString());
        checks.refuseIf(details.minerals().isEmpty(), "minerals", "site.minerals.required");
        checks.refuseIf(details.activityStatus() == null, "activityStatus", "validation.required");
        checks.refuseIf(details.miningType() == null, "miningType", "validation.required");
        checks.refuseIf(details.formalisationStage() == null, "formalisationStage", "validation.required");
        checks.run(() -> requireCount("workersMen", details.workersMen()));
        checks.run(() -> requireCount("workersWomen", details.workersWomen()));
        checks.run(() -> requireCount("childrenObserved", details.childrenObserved()));
        checks.run(() -> requireCount("membersMen", details.membersMen()));
        checks.run(() -> requireCount("membersWomen", details.membersWomen()));
        for (var capacity : details.capacityKgPerMonth().entrySet()) {
            checks.run(() -> {
                if (capacity.getValue().signum() < 0) {
                    throw new DomainRuleViolation("capacity", "site.capacity.negative");
                }
                // kg_per_month is numeric(12, 3): below a million tonnes a month, to the gram (issue 15).
                if (capacity.getValue().compareTo(CAPACITY_MAX_KG) > 0) {
                    throw new DomainRuleViolation("capacity", "mass.too-large", CAPACITY_MAX_KG.toPlainString());
                }
                Mass.typed("capacity", capacity.getValue(), false);
                if (!details.minerals().contains(capacity.getKey())) {
                    throw new DomainRuleViolation("capacity", "site.capacity.mineral-not-produced");
                }
            });
        }
        var licence = details.licence();
        checks.refuseIf(licence == null || licence.type() == null, "licenceType", "validation.required");
        checks.refuseIf(licence != null && licence.grantedOn() != null && licence.expiresOn() != null
                && licence.expiresOn().isBefore(licence.grantedOn()),
                "licenceExpiresOn", "site.licence.expiry-before-grant");
        checks.throwIfAny();
    }

    private static final BigDecimal HALF_MICRODEGREE = new BigDecimal("0.0000005");

    /**
     * Degrees to six decimals (about 10 cm, what the columns keep): a GPS reading with more is rounded, not
     * refused. A value below half a microdegree is 0 without rounding it digit by digit (a typed 1e-999999999 would
     * otherwise compute with a billion digits).
     */
    private static BigDecimal microdegrees(BigDecimal degrees) {
        return degrees.abs().compareTo(HALF_MICRODEGREE) < 0 ? BigDecimal.ZERO.setScale(6)
                : degrees.setScale(6, RoundingMode.HALF_UP);
    }

    /** What mine_site_capacity.kg_per_month (numeric(12, 3)) holds. */
    static final BigDecimal CAPACITY_MAX_KG = new BigDecimal("999999999.999");
    /** Higher than any mine on Earth (about 5,800 m) and what altitude (numeric(7, 1)) holds, to the decimetre. */
    static final BigDecimal ALTITUDE_MAX = new BigDecimal("9000");

    private static void requireCount(String field, int count) {
        if (count < 0) {
            throw new DomainRuleViolation(field, "site.count.negative");
        }
    }

    /** Records a new status (inspection or override); the change itself goes to the history by the caller. */
    void changeStatus(SiteStatus newStatus, LocalDate on, LocalDate newCorrectionDeadline, StatusChangeReason reason) {
        this.status = newStatus;
        this.statusSince = on;
        this.correctionDeadline = newStatus == SiteStatus.YELLOW ? newCorrectionDeadline : null;
        this.statusReason = reason;
    }

    /** Why the site is red on {@code today}, with the passing of time applied; empty when it is not red. */
    public Optional<RedCause> redCauseOn(LocalDate today) {
        var transitions = SiteStatusRules.transitions(status, statusSince, correctionDeadline, today);
        if (transitions.isEmpty()) {
            return status == SiteStatus.RED ? Optional.of(RedCause.of(statusReason)) : Optional.empty();
        }
        var last = transitions.get(transitions.size() - 1);
        return last.to() == SiteStatus.RED ? Optional.of(RedCause.of(last.reason())) : Optional.empty();
    }

    /** The status on {@code today}, with the passing of time applied. */
    public SiteStatus statusOn(LocalDate today) {
        return SiteStatusRules.asOf(status, statusSince, correctionDeadline, today);
    }

    public LocalDate statusSinceOn(LocalDate today) {
        return SiteStatusRules.sinceAsOf(status, statusSince, correctionDeadline, today);
    }

    public boolean hasExpiredLicenceOn(LocalDate today) {
        return licences.stream().anyMatch(licence -> licence.expiredOn(today));
    }

    public boolean isOperatedBy(Long organisationId) {
        return organisationId != null && ((owner != null && organisationId.equals(owner.getId()))
                || operators.stream().anyMatch(o -> organisationId.equals(o.getId())));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public Long getId() {
        return id;
    }

    public IcglrId getIcglrId() {
        return icglrId;
    }

    public String getNationalId() {
        return nationalId;
    }

    public String getName() {
        return name;
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

    public BigDecimal getLatitude() {
        return latitude;
    }

    public BigDecimal getLongitude() {
        return longitude;
    }

    /** The outline as a GeoJSON Polygon, when one was recorded. */
    public String getPolygon() {
        return polygon;
    }

    public BigDecimal getAltitude() {
        return altitude;
    }

    public Organisation getOwner() {
        return owner;
    }

    public Set<Organisation> getOperators() {
        return Set.copyOf(operators);
    }

    public Set<Mineral> getMinerals() {
        return minerals.isEmpty() ? Set.of() : EnumSet.copyOf(minerals);
    }

    public Map<Mineral, BigDecimal> getCapacityKgPerMonth() {
        return Map.copyOf(capacityKgPerMonth);
    }

    public List<Licence> getLicences() {
        return List.copyOf(licences);
    }

    public ActivityStatus getActivityStatus() {
        return activityStatus;
    }

    public MiningType getMiningType() {
        return miningType;
    }

    public FormalisationStage getFormalisationStage() {
        return formalisationStage;
    }

    public int getWorkersMen() {
        return workersMen;
    }

    public int getWorkersWomen() {
        return workersWomen;
    }

    public int getChildrenObserved() {
        return childrenObserved;
    }

    public int getMembersMen() {
        return membersMen;
    }

    public int getMembersWomen() {
        return membersWomen;
    }

    public boolean isMercuryUse() {
        return mercuryUse;
    }

    public SiteStatus getStatus() {
        return status;
    }

    public StatusChangeReason getStatusReason() {
        return statusReason;
    }

    public LocalDate getStatusSince() {
        return statusSince;
    }

    public LocalDate getCorrectionDeadline() {
        return correctionDeadline;
    }

    public Instant getRegisteredAt() {
        return registeredAt;
    }

    public long getVersion() {
        return version;
    }
}
