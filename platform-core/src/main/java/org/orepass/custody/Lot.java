package org.orepass.custody;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.orepass.organisation.Organisation;
import org.orepass.shared.DomainRuleViolation;
import org.orepass.shared.Mass;
import org.orepass.site.MineSite;
import org.orepass.site.Mineral;

/**
 * ICGLR MD.12: a quantity of one mineral held by one custodian. A production lot is constituted at its mine site
 * and sealed with a tag issued to that site. The mass is kept as entered (mass and unit, as the standard
 * exchanges it) and in kilograms, and {@code remainingKg} is what later purchases, combinations and exports may
 * still take from it: those operations will add input lots (a {@code lot_input} table) without changing this one.
 */
@Entity
@Table(name = "lot")
public class Lot {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(updatable = false)
    private String lotNumber;

    /** MD.04 creator: the business entity holding the lot (its current custodian). */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "custodian_id")
    private Organisation custodian;

    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    private CustodyRole creatorRole;

    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    private OriginatingOperation originatingOperation;

    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    private Mineral mineral;

    @Column(updatable = false)
    private BigDecimal mass;

    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    private MassUnit unit;

    /** Kilograms the lot was constituted with ({@link Mass}: checked once, mapped by its converter). */
    @Column(updatable = false)
    private Mass massKg;

    private Mass remainingKg;

    /** ICGLR concentration on the mineral's canonical basis ({@link GradeBasis}); null when not known. */
    @Embedded
    private Grade grade;

    /**
     * Made by a processing whose assayed grades give more metal than its inputs held, beyond the tolerance: accepted
     * (the assay was measured) but a mass-balance problem of every chain it is in ({@link MetalBalance}).
     */
    @Column(updatable = false)
    private boolean metalGain;

    private String packageType;

    private Integer packageCount;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "site_id", updatable = false)
    private MineSite site;

    @OneToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "tag_id", updatable = false)
    private Tag tag;

    @Column(updatable = false)
    private LocalDate productionDate;

    /** Produced while the site was blue (not yet inspected): may not be exported as certified. */
    @Column(updatable = false)
    private boolean uncertified;

    @Column(updatable = false)
    private String registeredBy;

    @Column(updatable = false)
    private Instant registeredAt;

    @Version
    private long version;

    /**
     * Where the material of an import lot was mined, as its certificate states it (issue 14): the origin of a lot
     * that came from outside the platform, whose genealogy starts here. Null for every other lot.
     */
    @Column(updatable = false)
    private org.orepass.shared.CountryCode originCountry;

    protected Lot() {
    }

    /** A production lot with the grade typed in its details (checked: see {@link Grade#typed}). */
    static Lot produced(String lotNumber, Organisation custodian, CustodyRole creatorRole, MineSite site, Tag tag,
            ProductionDetails details, boolean uncertified, String registeredBy, Instant registeredAt) {
        return produced(lotNumber, custodian, creatorRole, site, tag, details, Grade.typed("concentration",
                details.mineral(), details.concentration(), details.gradeBasis()), uncertified, registeredBy,
                registeredAt);
    }

    static Lot produced(String lotNumber, Organisation custodian, CustodyRole creatorRole, MineSite site, Tag tag,
            ProductionDetails details, Grade grade, boolean uncertified, String registeredBy, Instant registeredAt) {
        var lot = new Lot();
        lot.lotNumber = lotNumber;
        lot.custodian = custodian;
        lot.creatorRole = creatorRole;
        lot.originatingOperation = OriginatingOperation.PRODUCTION;
        lot.mineral = details.mineral();
        lot.mass = details.mass();
        lot.unit = details.unit();
        lot.massKg = new Mass(details.massKg());
        lot.remainingKg = lot.massKg;
        lot.grade = grade;
        lot.packageType = details.packageType();
        lot.packageCount = details.packageCount();
        lot.site = site;
        lot.tag = tag;
        lot.productionDate = details.productionDate();
        lot.uncertified = uncertified;
        lot.registeredBy = registeredBy;
        lot.registeredAt = registeredAt;
        return lot;
    }

    /**
     * The lot a buyer holds once it confirmed a purchase: the mass it weighed, in kilograms, of the seller's
     * mineral. It carries no site or tag (its input lot does, through {@code lot_input}) but stays uncertified if
     * its input was: buying a lot does not launder it.
     */
    static Lot purchased(String lotNumber, Organisation buyer, Lot input, BigDecimal massKg, String registeredBy,
            Instant registeredAt) {
        var lot = new Lot();
        lot.lotNumber = lotNumber;
        lot.custodian = buyer;
        lot.creatorRole = CustodyRole.TRADER;
        lot.originatingOperation = OriginatingOperation.PURCHASE;
        // Through the getters: the input may be a lazy proxy, whose fields are empty.
        lot.mineral = input.getMineral();
        lot.mass = massKg;
        lot.unit = MassUnit.KGM;
        lot.massKg = new Mass(massKg);
        lot.remainingKg = lot.massKg;
        lot.grade = input.getGrade();
        lot.uncertified = input.isUncertified();
        lot.registeredBy = registeredBy;
        lot.registeredAt = registeredAt;
        return lot;
    }

    /**
     * The lot an export shipment ships (originating operation EXPORT), made from the shipment's lots when it is
     * submitted. It holds nothing while the shipment awaits its certificate or is certified: the mass is
     * committed to the shipment and may not be sold or shipped again. Uncertified if any input was.
     */
    public static Lot exported(String lotNumber, Organisation exporter, Mineral mineral, BigDecimal massKg,
            BigDecimal concentration, boolean uncertified, String registeredBy, Instant registeredAt) {
        var lot = new Lot();
        lot.lotNumber = lotNumber;
        lot.custodian = exporter;
        lot.creatorRole = CustodyRole.EXPORTER;
        lot.originatingOperation = OriginatingOperation.EXPORT;
        lot.mineral = mineral;
        lot.mass = massKg;
        lot.unit = MassUnit.KGM;
        lot.massKg = new Mass(massKg);
        lot.remainingKg = Mass.ZERO;
        lot.grade = concentration == null || concentration.signum() <= 0 ? null : Grade.of(mineral, concentration);
        lot.uncertified = uncertified;
        lot.registeredBy = registeredBy;
        lot.registeredAt = registeredAt;
        return lot;
    }

    /**
     * A lot a combination, split or processing made from the custodian's own lots ({@link Transformation}): no
     * site or tag (its inputs have them, through {@code lot_input}), uncertified if any input was.
     */
    static Lot made(String lotNumber, Organisation custodian, CustodyRole creatorRole, OriginatingOperation operation,
            Mineral mineral, OutputLot output, Grade grade, boolean uncertified, boolean metalGain, String registeredBy,
            Instant registeredAt) {
        var lot = new Lot();
        lot.lotNumber = lotNumber;
        lot.custodian = custodian;
        lot.creatorRole = creatorRole;
        lot.originatingOperation = operation;
        lot.mineral = mineral;
        lot.mass = output.massKg();
        lot.unit = MassUnit.KGM;
        lot.massKg = new Mass(output.massKg());
        lot.remainingKg = lot.massKg;
        lot.grade = grade;
        lot.metalGain = metalGain;
        lot.packageType = output.packageType();
        lot.packageCount = output.packageCount();
        lot.uncertified = uncertified;
        lot.registeredBy = registeredBy;
        lot.registeredAt = registeredAt;
        return lot;
    }

    /**
     * The lot an importer holds once material crossed the border (originating operation IMPORT, role IMPORTER,
     * docs/borders.md): the mass it weighed, of the exported mineral and grade. It keeps its origin: through its
     * input (the export lot, when the certificate was issued here) and in {@code originCountry}. A suspect import
     * (no valid certificate) is uncertified for good.
     */
    static Lot imported(String lotNumber, Organisation importer, Mineral mineral, BigDecimal massKg, Grade grade,
            org.orepass.shared.CountryCode originCountry, boolean uncertified, String registeredBy,
            Instant registeredAt) {
        var lot = new Lot();
        lot.lotNumber = lotNumber;
        lot.custodian = importer;
        lot.creatorRole = CustodyRole.IMPORTER;
        lot.originatingOperation = OriginatingOperation.IMPORT;
        lot.mineral = mineral;
        lot.mass = massKg;
        lot.unit = MassUnit.KGM;
        lot.massKg = new Mass(massKg);
        lot.remainingKg = lot.massKg;
        lot.grade = grade;
        lot.originCountry = originCountry;
        lot.uncertified = uncertified;
        lot.registeredBy = registeredBy;
        lot.registeredAt = registeredAt;
        return lot;
    }

    /** Takes sold or exported mass out of the lot: nobody sells more than the lot still holds. */
    public void take(Mass kg) {
        if (kg == null || kg.isZero()) {
            throw new DomainRuleViolation("massKg", "transfer.mass.positive");
        }
        if (kg.exceeds(remainingKg)) {
            throw new DomainRuleViolation("massKg", "transfer.mass.too-much", remainingKg.toString());
        }
        remainingKg = remainingKg.minus(kg);
    }

    /** A rejected delivery (or a refused export): the mass comes back to the lot that held it. */
    public void giveBack(Mass kg) {
        var back = remainingKg.plus(kg);
        if (back.exceeds(massKg)) {
            throw new IllegalStateException("lot " + lotNumber + " would hold more than it was constituted with");
        }
        remainingKg = back;
    }

    public Long getId() {
        return id;
    }

    public String getLotNumber() {
        return lotNumber;
    }

    public Organisation getCustodian() {
        return custodian;
    }

    public CustodyRole getCreatorRole() {
        return creatorRole;
    }

    public OriginatingOperation getOriginatingOperation() {
        return originatingOperation;
    }

    public Mineral getMineral() {
        return mineral;
    }

    public BigDecimal getMass() {
        return mass;
    }

    public MassUnit getUnit() {
        return unit;
    }

    /** The kilograms as a number, for pages, documents and sums; {@link #massInKg()} for the value object. */
    public BigDecimal getMassKg() {
        return massKg.kilograms();
    }

    public BigDecimal getRemainingKg() {
        return remainingKg.kilograms();
    }

    public Mass massInKg() {
        return massKg;
    }

    public Mass remaining() {
        return remainingKg;
    }

    /** The grade in percent on the mineral's canonical basis, or null (the ICGLR {@code concentration}). */
    public BigDecimal getConcentration() {
        return grade == null ? null : grade.percent();
    }

    public Grade getGrade() {
        return grade;
    }

    /** Kilograms of metal the lot was constituted with (mass × grade × metal factor), or null without a grade. */
    public BigDecimal getContainedMetalKg() {
        return grade == null ? null : grade.metalKg(massKg.kilograms());
    }

    public boolean isMetalGain() {
        return metalGain;
    }

    public String getPackageType() {
        return packageType;
    }

    public Integer getPackageCount() {
        return packageCount;
    }

    public MineSite getSite() {
        return site;
    }

    public Tag getTag() {
        return tag;
    }

    public LocalDate getProductionDate() {
        return productionDate;
    }

    public boolean isUncertified() {
        return uncertified;
    }

    public String getRegisteredBy() {
        return registeredBy;
    }

    public Instant getRegisteredAt() {
        return registeredAt;
    }

    public long getVersion() {
        return version;
    }

    /** The origin country of an import lot (see {@link #imported}); null for other lots. */
    public org.orepass.shared.CountryCode getOriginCountry() {
        return originCountry;
    }
}
