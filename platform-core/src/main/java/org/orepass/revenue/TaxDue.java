package org.orepass.revenue;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.orepass.shared.DomainRuleViolation;
import org.orepass.shared.Mass;
import org.orepass.shared.Money;
import org.orepass.site.Mineral;

/**
 * One tax due on one production lot or export, as assessed with the schedule valid that day. It keeps the place,
 * the base and the rate it was computed with, so that a later change of schedule never rewrites what was owed,
 * and what has been paid so far (payments never exceed the amount).
 */
@Entity
@Table(name = "tax_due")
public class TaxDue {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    private TaxSource sourceKind;

    @Column(updatable = false)
    private Long sourceId;

    @Column(updatable = false)
    private String reference;

    @Column(updatable = false)
    private Long scheduleId;

    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    private TaxType taxType;

    @Column(updatable = false)
    private String country;

    @Column(updatable = false)
    private String division;

    @Column(updatable = false)
    private String district;

    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    private Mineral mineral;

    @Column(updatable = false)
    private Mass massKg;

    @Column(updatable = false)
    private BigDecimal taxableBase;

    @Column(updatable = false)
    private BigDecimal rate;

    /** What is owed, in the schedule's currency: the {@code amount} and {@code currency} columns. */
    @Embedded
    @AttributeOverride(name = "amount", column = @Column(name = "amount", updatable = false))
    @AttributeOverride(name = "currency", column = @Column(name = "currency", updatable = false))
    private Money amount;

    private BigDecimal paidAmount;

    @Enumerated(EnumType.STRING)
    private TaxDueStatus status;

    @Column(updatable = false)
    private LocalDate dueOn;

    @Column(updatable = false)
    private Long payerId;

    @Column(updatable = false)
    private String taxAuthority;

    @Column(updatable = false)
    private Instant assessedAt;

    @Version
    private long version;

    protected TaxDue() {
        // for JPA
    }

    static TaxDue assessed(TaxableEvent event, TaxSchedule schedule, Instant now) {
        var computed = schedule.compute(event);
        var due = new TaxDue();
        due.sourceKind = event.sourceKind();
        due.sourceId = event.sourceId();
        due.reference = event.reference();
        due.scheduleId = schedule.getId();
        due.taxType = schedule.getTaxType();
        due.country = event.country();
        due.division = event.division();
        due.district = event.district();
        due.mineral = event.mineral();
        due.massKg = Mass.ofNullable(event.massKg());
        due.taxableBase = computed.base();
        due.rate = schedule.getRate();
        due.amount = new Money(computed.amount(), computed.currency());
        due.paidAmount = TaxSchedule.money(BigDecimal.ZERO);
        due.dueOn = event.date();
        due.payerId = event.payerOrganisationId();
        due.taxAuthority = schedule.getTaxAuthority();
        due.assessedAt = now;
        due.status = due.amount.isZero() ? TaxDueStatus.PAID : TaxDueStatus.DUE;
        return due;
    }

    /** Records a payment against what is still owed; nobody pays more than that or in another currency. */
    void pay(BigDecimal payment, String paymentCurrency) {
        if (payment == null || payment.signum() <= 0) {
            throw new DomainRuleViolation("amount", "tax.payment.positive");
        }
        if (payment.scale() > 2 && payment.stripTrailingZeros().scale() > 2) {
            throw new DomainRuleViolation("amount", "tax.payment.cents");
        }
        if (!amount.currency().equals(paymentCurrency)) {
            throw new DomainRuleViolation("currency", "tax.payment.currency.other", amount.currency());
        }
        if (payment.compareTo(outstanding()) > 0) {
            throw new DomainRuleViolation("amount", "tax.payment.too-much", outstanding().toPlainString(),
                    amount.currency());
        }
        paidAmount = paidAmount.add(payment);
        status = paidAmount.compareTo(amount.amount()) >= 0 ? TaxDueStatus.PAID : TaxDueStatus.PARTLY_PAID;
    }

    public BigDecimal outstanding() {
        return amount.amount().subtract(paidAmount);
    }

    public Long getId() {
        return id;
    }

    public TaxSource getSourceKind() {
        return sourceKind;
    }

    public Long getSourceId() {
        return sourceId;
    }

    public String getReference() {
        return reference;
    }

    public Long getScheduleId() {
        return scheduleId;
    }

    public TaxType getTaxType() {
        return taxType;
    }

    public String getCountry() {
        return country;
    }

    public String getDivision() {
        return division;
    }

    public String getDistrict() {
        return district;
    }

    public Mineral getMineral() {
        return mineral;
    }

    public BigDecimal getMassKg() {
        return massKg == null ? null : massKg.kilograms();
    }

    public BigDecimal getTaxableBase() {
        return taxableBase;
    }

    public BigDecimal getRate() {
        return rate;
    }

    public BigDecimal getAmount() {
        return amount.amount();
    }

    public String getCurrency() {
        return amount.currency();
    }

    public Money money() {
        return amount;
    }

    public BigDecimal getPaidAmount() {
        return paidAmount;
    }

    public TaxDueStatus getStatus() {
        return status;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public Long getPayerId() {
        return payerId;
    }

    public String getTaxAuthority() {
        return taxAuthority;
    }

    public Instant getAssessedAt() {
        return assessedAt;
    }

    public long getVersion() {
        return version;
    }
}
