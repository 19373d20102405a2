package org.orepass.export;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.orepass.custody.Lot;
import org.orepass.custody.MassUnit;
import org.orepass.organisation.Organisation;
import org.orepass.shared.Dates;
import org.orepass.shared.CountryCode;
import org.orepass.shared.DomainRuleViolation;
import org.orepass.shared.RuleChecks;
import org.orepass.shared.Mass;
import org.orepass.shared.Money;
import org.orepass.shared.Percentage;
import org.orepass.site.IcglrExchange;
import org.orepass.site.Mineral;

/**
 * An export shipment (what an ICGLR MD.03 certificate certifies): the exporter's lots, or parts of them, of one
 * mineral, sold to an importer abroad. The exporter edits it as a DRAFT; submitting it takes the mass out of the
 * lots into one export lot; a government inspector then certifies or refuses it.
 */
@Entity
@Table(name = "export_shipment")
public class ExportShipment {

    /** A heading of four digits, optionally with subheadings: 2609, 2609.00, 2609.00.00. */
    private static final Pattern HS_CODE = Pattern.compile("^\\d{4}(\\.\\d{2}){0,2}$");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "exporter_id", updatable = false)
    private Organisation exporter;

    @Enumerated(EnumType.STRING)
    private ExportStatus status;

    private String importerName;
    private String importerAddress;
    private String importerCountry;
    private String importerContact;
    private String importerPhone;
    private String importerEmail;
    private String destinationCountry;

    @Enumerated(EnumType.STRING)
    private Mineral mineral;

    private String hsCode;
    private BigDecimal declaredMass;

    @Enumerated(EnumType.STRING)
    private MassUnit declaredUnit;

    private Mass declaredMassKg;
    private BigDecimal grade;
    private BigDecimal declaredValue;
    private String currency;

    @Enumerated(EnumType.STRING)
    private TransportMode transportMode;

    private String carrier;
    private String route;
    private String borderPost;
    private LocalDate shipmentDate;

    @OneToMany(mappedBy = "shipment", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<ShipmentLot> lots = new ArrayList<>();

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "export_lot_id")
    private Lot exportLot;

    @Column(updatable = false)
    private String createdBy;

    @Column(updatable = false)
    private Instant createdAt;

    private String submittedBy;
    private Instant submittedAt;
    private String decidedBy;
    private Instant decidedAt;
    private String refusalReason;

    @Version
    private long version;

    protected ExportShipment() {
    }

    /**
     * A new draft. {@code heldLots} are the lots named in the details, already checked to be held by the exporter.
     */
    static ExportShipment draft(Organisation exporter, ShipmentDetails details, Map<Long, Lot> heldLots,
            String createdBy, Instant createdAt) {
        var shipment = new ExportShipment();
        shipment.exporter = exporter;
        shipment.status = ExportStatus.DRAFT;
        shipment.createdBy = createdBy;
        shipment.createdAt = createdAt;
        shipment.describe(details, heldLots);
        return shipment;
    }

    /**
     * Replaces what the exporter declared; only while the shipment is a draft. Every problem of the form is refused
     * at once (issue 16); a refused declaration changes nothing that is saved (the transaction rolls back).
     */
    void describe(ShipmentDetails details, Map<Long, Lot> heldLots) {
        requireStatus(ExportStatus.DRAFT);
        var checks = new RuleChecks();
        importerName = checks.value(() -> required("importerName", details.importerName(), 200));
        importerAddress = checks.value(() -> required("importerAddress", details.importerAddress(), 300));
        importerCountry = checks.value(() -> country("importerCountry", details.importerCountry()));
        importerContact = checks.value(() -> optional("importerContact", details.importerContact(), 200));
        importerPhone = checks.value(() -> optional("importerPhone", IcglrExchange.phone(details.importerPhone()),
                20));
        checks.refuseIf(importerPhone != null && !IcglrExchange.E164.matcher(importerPhone).matches(),
                "importerPhone", "export.importerPhone.format");
        importerEmail = checks.value(() -> optional("importerEmail", details.importerEmail(), 200));
        checks.refuseIf(importerEmail != null && !IcglrExchange.EMAIL.matcher(importerEmail).matches(),
                "importerEmail", "export.importerEmail.format");
        destinationCountry = checks.value(() -> country("destinationCountry", details.destinationCountry()));
        checks.refuseIf(destinationCountry != null && destinationCountry.equals(exporter.getCountry()),
                "destinationCountry", "export.destinationCountry.domestic");
        checks.refuseIf(details.mineral() == null, "mineral", "validation.required");
        mineral = details.mineral();
        if (mineral != null) {
            hsCode = checks.value(() -> hsCode(details.hsCode(), details.mineral()));
        }
        checks.refuseIf(details.declaredUnit() == null, "declaredUnit", "validation.required");
        checks.refuseIf(details.declaredMass() == null || details.declaredMass().signum() <= 0, "declaredMass",
                "export.declaredMass.positive");
        if (!checks.refused("declaredMass") && !checks.refused("declaredUnit")) {
            // Bounded in the unit typed (the column keeps it to three decimals) and in kilograms (issue 15).
            var typed = checks.value(() -> Mass.typed("declaredMass", details.declaredMass(), true).kilograms());
            if (typed != null) {
                declaredMass = typed;
                declaredUnit = details.declaredUnit();
                declaredMassKg = checks.value(() -> Mass.typed("declaredMass",
                        details.declaredUnit().toKilograms(typed), true));
            }
        }
        checks.refuseIf(details.grade() != null && (details.grade().signum() < 0
                || details.grade().compareTo(BigDecimal.valueOf(100)) > 0), "grade", "export.grade.range");
        if (!checks.refused("grade")) {
            var typedGrade = checks.value(() -> Percentage.typed("grade", details.grade()));
            grade = typedGrade == null ? null : typedGrade.value();
        }
        checks.refuseIf(details.declaredValue() == null || details.declaredValue().signum() <= 0, "declaredValue",
                "export.declaredValue.positive");
        currency = checks.value(() -> currency(details.currency()));
        if (!checks.refused("declaredValue") && currency != null) {
            declaredValue = checks.value(() -> Money.typed("declaredValue", details.declaredValue(), "currency",
                    currency).amount());
        }
        checks.refuseIf(details.transportMode() == null, "transportMode", "validation.required");
        transportMode = details.transportMode();
        carrier = checks.value(() -> optional("carrier", details.carrier(), 200));
        route = checks.value(() -> optional("route", details.route(), 200));
        borderPost = checks.value(() -> optional("borderPost", details.borderPost(), 120));
        shipmentDate = checks.value(() -> Dates.require("shipmentDate", details.shipmentDate(), Dates.EARLIEST_EVENT,
                Dates.FAR_FUTURE));
        if (mineral != null && !checks.refused("declaredMass") && !checks.refused("declaredUnit")) {
            checks.run(() -> replaceLots(details.lots(), heldLots));
        }
        checks.throwIfAny();
    }

    private void replaceLots(Map<Long, BigDecimal> masses, Map<Long, Lot> heldLots) {
        var wanted = new java.util.LinkedHashMap<Long, BigDecimal>();
        var total = BigDecimal.ZERO.setScale(3);
        for (var entry : new java.util.TreeMap<>(masses).entrySet()) {
            if (entry.getValue() == null || entry.getValue().signum() == 0) {
                continue;
            }
            var field = "lots[" + entry.getKey() + "]";
            var lot = heldLots.get(entry.getKey());
            if (lot == null) {
                throw new DomainRuleViolation("lots", "export.lot.not-held");
            }
            if (entry.getValue().signum() < 0) {
                throw new DomainRuleViolation(field, "export.lot.mass.positive");
            }
            var kg = Mass.typed(field, entry.getValue(), true).kilograms();
            if (lot.getMineral() != mineral) {
                throw new DomainRuleViolation(field, "export.lot.mineral", lot.getLotNumber());
            }
            requireHeld(lot, kg);
            wanted.put(lot.getId(), kg);
            total = total.add(kg);
        }
        if (wanted.isEmpty()) {
            throw new DomainRuleViolation("lots", "export.lots.required");
        }
        if (total.compareTo(declaredMassKg.kilograms()) != 0) {
            throw new DomainRuleViolation("declaredMass", "export.declaredMass.mismatch", total.toPlainString());
        }
        lots.removeIf(line -> !wanted.containsKey(line.getLot().getId()));
        for (var entry : wanted.entrySet()) {
            lots.stream().filter(line -> line.getLot().getId().equals(entry.getKey())).findFirst()
                    .ifPresentOrElse(line -> line.changeMass(entry.getValue()),
                            () -> lots.add(new ShipmentLot(this, heldLots.get(entry.getKey()), entry.getValue())));
        }
    }

    /** Nobody exports more than a lot still holds (checked again when the mass is taken on submission). */
    static void requireHeld(Lot lot, BigDecimal kg) {
        if (kg.compareTo(lot.getRemainingKg()) > 0) {
            throw new DomainRuleViolation("lots[" + lot.getId() + "]", "export.lot.too-much", lot.getLotNumber(),
                    lot.getRemainingKg().stripTrailingZeros().toPlainString());
        }
    }

    /** The mass has left the lots into the export lot: the shipment waits for an inspector. */
    void submitted(Lot madeLot, String by, Instant at) {
        requireStatus(ExportStatus.DRAFT);
        exportLot = madeLot;
        submittedBy = by;
        submittedAt = at;
        status = ExportStatus.SUBMITTED;
    }

    void certified(String by, Instant at) {
        requireStatus(ExportStatus.SUBMITTED);
        decidedBy = by;
        decidedAt = at;
        status = ExportStatus.CERTIFIED;
    }

    /**
     * The inspector refuses, saying why. The mass stays in the export lot, now released to the exporter: the
     * links from the source lots are permanent custody records, so giving the mass back to those lots would make
     * them look oversold; the exporter may ship the export lot again (papers corrected) or sell it, and its trace
     * still reaches whatever made it refusable.
     */
    void refused(String reason, String by, Instant at) {
        requireStatus(ExportStatus.SUBMITTED);
        if (reason == null || reason.isBlank()) {
            throw new DomainRuleViolation("reason", "export.reason.required");
        }
        if (reason.strip().length() > 1000) {
            throw new DomainRuleViolation("reason", "export.text.too-long", 1000);
        }
        exportLot.giveBack(exportLot.massInKg());
        refusalReason = reason.strip();
        decidedBy = by;
        decidedAt = at;
        status = ExportStatus.REFUSED;
    }

    void requireStatus(ExportStatus expected) {
        if (status != expected) {
            throw new DomainRuleViolation(null, expected == ExportStatus.DRAFT ? "export.not-draft"
                    : "export.not-submitted");
        }
    }

    private static String required(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            throw new DomainRuleViolation(field, "validation.required");
        }
        return optional(field, value, max);
    }

    private static String optional(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.strip().length() > max) {
            throw new DomainRuleViolation(field, "export.text.too-long", max);
        }
        return value.strip();
    }

    private static String country(String field, String code) {
        if (code == null || code.isBlank()) {
            throw new DomainRuleViolation(field, "validation.required");
        }
        if (!CountryCode.isCountry(code)) {
            throw new DomainRuleViolation(field, "validation.country");
        }
        return CountryCode.of(code).alpha2();
    }

    /** Blank means the mineral's own code; a code typed must be under the mineral's heading (its first 4 digits). */
    private static String hsCode(String typed, Mineral mineral) {
        if (typed == null || typed.isBlank()) {
            return mineral.hsCode();
        }
        var code = typed.strip();
        if (!HS_CODE.matcher(code).matches()) {
            throw new DomainRuleViolation("hsCode", "export.hsCode.format");
        }
        if (!code.substring(0, 4).equals(mineral.hsCode().substring(0, 4))) {
            throw new DomainRuleViolation("hsCode", "export.hsCode.mineral", mineral.hsCode());
        }
        return code;
    }

    private static String currency(String code) {
        if (code == null || code.isBlank()) {
            throw new DomainRuleViolation("currency", "validation.required");
        }
        var upper = code.strip().toUpperCase(java.util.Locale.ROOT);
        if (!Money.isCurrency(upper)) {
            throw new DomainRuleViolation("currency", "export.currency.unknown");
        }
        return upper;
    }

    static BigDecimal grams(BigDecimal kg) {
        return kg.setScale(3, RoundingMode.HALF_UP);
    }

    /** The shipment's lots' masses, by lot id, as the draft form shows them. */
    public Map<Long, BigDecimal> lotMasses() {
        var masses = new java.util.LinkedHashMap<Long, BigDecimal>();
        lots.forEach(line -> masses.put(line.getLot().getId(), line.getMassKg()));
        return masses;
    }

    public ShipmentDetails details() {
        return new ShipmentDetails(importerName, importerAddress, importerCountry, importerContact, importerPhone,
                importerEmail, destinationCountry, mineral,
                hsCode, declaredMass, declaredUnit, grade, declaredValue, currency, transportMode, carrier, route,
                borderPost, shipmentDate, lotMasses());
    }

    public Long getId() {
        return id;
    }

    public Organisation getExporter() {
        return exporter;
    }

    public ExportStatus getStatus() {
        return status;
    }

    public String getImporterName() {
        return importerName;
    }

    public String getImporterAddress() {
        return importerAddress;
    }

    public String getImporterCountry() {
        return importerCountry;
    }

    public String getImporterContact() {
        return importerContact;
    }

    public String getImporterPhone() {
        return importerPhone;
    }

    public String getImporterEmail() {
        return importerEmail;
    }

    public String getDestinationCountry() {
        return destinationCountry;
    }

    public Mineral getMineral() {
        return mineral;
    }

    public String getHsCode() {
        return hsCode;
    }

    public BigDecimal getDeclaredMass() {
        return declaredMass;
    }

    public MassUnit getDeclaredUnit() {
        return declaredUnit;
    }

    public BigDecimal getDeclaredMassKg() {
        return declaredMassKg == null ? null : declaredMassKg.kilograms();
    }

    public BigDecimal getGrade() {
        return grade;
    }

    public BigDecimal getDeclaredValue() {
        return declaredValue;
    }

    public String getCurrency() {
        return currency;
    }

    public TransportMode getTransportMode() {
        return transportMode;
    }

    public String getCarrier() {
        return carrier;
    }

    public String getRoute() {
        return route;
    }

    public String getBorderPost() {
        return borderPost;
    }

    public LocalDate getShipmentDate() {
        return shipmentDate;
    }

    public List<ShipmentLot> getLots() {
        return List.copyOf(lots);
    }

    public Lot getExportLot() {
        return exportLot;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getSubmittedBy() {
        return submittedBy;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getRefusalReason() {
        return refusalReason;
    }

    public long getVersion() {
        return version;
    }
}
