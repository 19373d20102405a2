package org.orepass.contract;

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
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import org.orepass.organisation.Organisation;
import org.orepass.shared.Dates;
import org.orepass.shared.Money;
import org.orepass.shared.Percentage;
import org.orepass.shared.RuleChecks;
import org.orepass.shared.Text;
import org.orepass.site.Mineral;

/**
 * A contract or agreement a producer organisation (or a miner through it) made with a buyer: on the platform (an
 * organisation) or not (a name). It is kept as recorded; the prompts ({@link ContractPrompts}) are computed when it
 * is read, so a change of threshold or a new reference price shows at once.
 */
@Entity
@Table(name = "contract")
public class Contract {

    static final int SHORT_TEXT = 200;
    static final int LONG_TEXT = 500;
    static final int MAX_PAYMENT_DAYS = 3650;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "owner_id", updatable = false)
    private Organisation owner;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "counterparty_id", updatable = false)
    private Organisation counterparty;

    @Column(updatable = false)
    private String counterpartyName;

    private String reference;

    @Enumerated(EnumType.STRING)
    private Mineral mineral;

    private LocalDate signedOn;
    private LocalDate startsOn;
    private LocalDate endsOn;

    @Enumerated(EnumType.STRING)
    private PriceBasis priceBasis;

    private BigDecimal referenceShare;
    private BigDecimal fixedPrice;
    private String priceCurrency;

    @Enumerated(EnumType.STRING)
    private PriceUnit priceUnit;

    private BigDecimal deductionsPercent;
    private String deductionsNote;
    private String weighingTerms;
    private String assayTerms;
    private boolean independentAssay;
    private int paymentDays;
    private boolean exclusive;
    private BigDecimal minimumPrice;
    private String explainedIn;

    @Column(updatable = false)
    private String recordedBy;
    @Column(updatable = false)
    private Instant recordedAt;

    @Version
    private long version;

    protected Contract() {
    }

    /**
     * A contract recorded for {@code owner}, every problem of the terms collected (issue 16).
     *
     * @param counterparty the buyer on the platform named by {@code terms.counterpartyId()}, or null
     */
    public static Contract record(ContractTerms terms, Organisation owner, Organisation counterparty, String by,
            Instant at, LocalDate today) {
        var checks = check(terms, owner, counterparty, today);
        checks.throwIfAny();
        var contract = new Contract();
        contract.owner = owner;
        contract.counterparty = counterparty;
        contract.counterpartyName = counterparty == null ? clean(terms.counterpartyName()) : null;
        contract.reference = clean(terms.reference());
        contract.mineral = terms.mineral();
        contract.signedOn = terms.signedOn();
        contract.startsOn = terms.startsOn();
        contract.endsOn = terms.endsOn();
        contract.priceBasis = terms.priceBasis();
        contract.referenceShare = terms.priceBasis() == PriceBasis.REFERENCE_SHARE ? terms.referenceShare() : null;
        contract.fixedPrice = terms.priceBasis() == PriceBasis.FIXED ? terms.fixedPrice() : null;
        var priced = contract.fixedPrice != null || terms.minimumPrice() != null;
        contract.priceCurrency = priced ? currency(terms.priceCurrency()) : null;
        contract.priceUnit = priced ? terms.priceUnit() : null;
        contract.deductionsPercent = terms.deductionsPercent() == null ? BigDecimal.ZERO : terms.deductionsPercent();
        contract.deductionsNote = clean(terms.deductionsNote());
        contract.weighingTerms = clean(terms.weighingTerms());
        contract.assayTerms = clean(terms.assayTerms());
        contract.independentAssay = terms.independentAssay();
        contract.paymentDays = terms.paymentDays();
        contract.exclusive = terms.exclusive();
        contract.minimumPrice = terms.minimumPrice();
        contract.explainedIn = clean(terms.explainedIn());
        contract.recordedBy = by;
        contract.recordedAt = at;
        return contract;
    }

    /** The rules of the terms, every problem at once, nothing recorded (for a form its own checks refused). */
    public static RuleChecks check(ContractTerms t, Organisation owner, Organisation counterparty, LocalDate today) {
        var checks = new RuleChecks();
        checks.refuseIf(blank(t.reference()), "reference", "contract.reference.required");
        checks.refuseIf(length(t.reference()) > 100, "reference", "contract.text.long", 100);
        var named = !blank(t.counterpartyName());
        checks.refuseIf(t.counterpartyId() == null && !named, "counterpartyId", "contract.counterparty.required");
        checks.refuseIf(t.counterpartyId() != null && named, "counterpartyName", "contract.counterparty.both");
        checks.refuseIf(t.counterpartyId() != null && (counterparty == null || !counterparty.isActive()),
                "counterpartyId", "contract.counterparty.unknown");
        checks.refuseIf(counterparty != null && owner != null && counterparty.getId().equals(owner.getId()),
                "counterpartyId", "contract.counterparty.self");
        checks.refuseIf(length(t.counterpartyName()) > SHORT_TEXT, "counterpartyName", "contract.text.long",
                SHORT_TEXT);
        checks.refuseIf(t.mineral() == null, "mineral", "contract.mineral.required");
        checks.refuseIf(t.signedOn() == null, "signedOn", "contract.signedOn.required");
        checks.run(() -> Dates.requirePast("signedOn", t.signedOn(), today));
        checks.refuseIf(t.startsOn() == null, "startsOn", "contract.startsOn.required");
        checks.run(() -> Dates.require("startsOn", t.startsOn(), Dates.EARLIEST_EVENT, Dates.FAR_FUTURE));
        checks.run(() -> Dates.require("endsOn", t.endsOn(), Dates.EARLIEST_EVENT, Dates.FAR_FUTURE));
        checks.refuseIf(t.startsOn() != null && t.endsOn() != null && t.endsOn().isBefore(t.startsOn()), "endsOn",
                "contract.endsOn.before");
        checks.refuseIf(t.priceBasis() == null, "priceBasis", "contract.priceBasis.required");
        if (t.priceBasis() == PriceBasis.REFERENCE_SHARE) {
            checks.refuseIf(t.referenceShare() == null, "referenceShare", "contract.referenceShare.required");
            checks.run(() -> Percentage.typed("referenceShare", t.referenceShare()));
            checks.refuseIf(t.referenceShare() != null && t.referenceShare().signum() == 0, "referenceShare",
                    "contract.referenceShare.required");
        }
        if (t.priceBasis() == PriceBasis.FIXED) {
            checks.refuseIf(t.fixedPrice() == null, "fixedPrice", "contract.fixedPrice.required");
            price(checks, "fixedPrice", t.fixedPrice(), t.priceCurrency());
        }
        price(checks, "minimumPrice", t.minimumPrice(), t.priceCurrency());
        var priced = (t.priceBasis() == PriceBasis.FIXED && t.fixedPrice() != null) || t.minimumPrice() != null;
        checks.refuseIf(priced && t.priceUnit() == null, "priceUnit", "contract.priceUnit.required");
        checks.run(() -> Percentage.typed("deductionsPercent", t.deductionsPercent()));
        checks.refuseIf(t.paymentDays() == null, "paymentDays", "contract.paymentDays.required");
        checks.refuseIf(t.paymentDays() != null && (t.paymentDays() < 0 || t.paymentDays() > MAX_PAYMENT_DAYS),
                "paymentDays", "contract.paymentDays.range", MAX_PAYMENT_DAYS);
        checks.refuseIf(length(t.deductionsNote()) > LONG_TEXT, "deductionsNote", "contract.text.long", LONG_TEXT);
        checks.refuseIf(length(t.weighingTerms()) > LONG_TEXT, "weighingTerms", "contract.text.long", LONG_TEXT);
        checks.refuseIf(length(t.assayTerms()) > LONG_TEXT, "assayTerms", "contract.text.long", LONG_TEXT);
        checks.refuseIf(length(t.explainedIn()) > 60, "explainedIn", "contract.text.long", 60);
        return checks;
    }

    /** A price above zero, to the cent, within {@link Money}'s bounds, with an ISO 4217 currency. */
    private static void price(RuleChecks checks, String field, BigDecimal amount, String currency) {
        if (amount == null) {
            return;
        }
        checks.refuseIf(amount.signum() <= 0, field, "contract.price.positive");
        checks.run(() -> Money.typed(field, amount, "priceCurrency", currency));
    }

    /** Whether the contract is in force on a day: from its start to its end (open-ended when it has none). */
    public boolean inForceOn(LocalDate day) {
        return !day.isBefore(startsOn) && (endsOn == null || !day.isAfter(endsOn));
    }

    /** The fixed price per kilogram, or null for a share of the reference price. */
    public BigDecimal fixedPricePerKg() {
        return fixedPrice == null ? null : priceUnit.perKilogram(fixedPrice);
    }

    /** The name of the buyer, on the platform or not. */
    public String counterpartyLabel() {
        return counterparty != null ? counterparty.getName() : counterpartyName;
    }

    private static String currency(String typed) {
        return typed == null ? null : typed.strip().toUpperCase(Locale.ROOT);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static int length(String value) {
        return value == null ? 0 : value.strip().length();
    }

    private static String clean(String value) {
        return blank(value) ? null : Text.clean(value).strip();
    }

    public Long getId() {
        return id;
    }

    public Organisation getOwner() {
        return owner;
    }

    public Organisation getCounterparty() {
        return counterparty;
    }

    public String getCounterpartyName() {
        return counterpartyName;
    }

    public String getReference() {
        return reference;
    }

    public Mineral getMineral() {
        return mineral;
    }

    public LocalDate getSignedOn() {
        return signedOn;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public PriceBasis getPriceBasis() {
        return priceBasis;
    }

    public BigDecimal getReferenceShare() {
        return referenceShare;
    }

    public BigDecimal getFixedPrice() {
        return fixedPrice;
    }

    public String getPriceCurrency() {
        return priceCurrency;
    }

    public PriceUnit getPriceUnit() {
        return priceUnit;
    }

    public BigDecimal getDeductionsPercent() {
        return deductionsPercent;
    }

    public String getDeductionsNote() {
        return deductionsNote;
    }

    public String getWeighingTerms() {
        return weighingTerms;
    }

    public String getAssayTerms() {
        return assayTerms;
    }

    public boolean isIndependentAssay() {
        return independentAssay;
    }

    public int getPaymentDays() {
        return paymentDays;
    }

    public boolean isExclusive() {
        return exclusive;
    }

    public BigDecimal getMinimumPrice() {
        return minimumPrice;
    }

    public String getExplainedIn() {
        return explainedIn;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public long getVersion() {
        return version;
    }
}
