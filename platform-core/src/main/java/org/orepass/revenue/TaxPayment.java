package org.orepass.revenue;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.orepass.shared.Money;

/**
 * A payment collected against a tax due, with the receipt the revenue office gave (ICGLR MD.13: amount, currency,
 * paid date, receipt reference). Payments are never edited: a mistake is a matter for the audit trail and a
 * correcting entry, as in any ledger.
 */
@Entity
@Table(name = "tax_payment")
public class TaxPayment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long taxDueId;
    private String country;
    /** What was paid: the {@code amount} and {@code currency} columns. */
    @Embedded
    private Money amount;
    private LocalDate paidOn;
    private String receiptReference;
    private String payer;
    private String recordedBy;
    private Instant recordedAt;

    protected TaxPayment() {
        // for JPA
    }

    TaxPayment(TaxDue due, PaymentDetails details, String recordedBy, Instant recordedAt) {
        this.taxDueId = due.getId();
        this.country = due.getCountry();
        this.amount = new Money(details.amount(), details.currency());
        this.paidOn = details.paidOn();
        this.receiptReference = details.receiptReference().strip();
        this.payer = details.payer().strip();
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public Long getId() {
        return id;
    }

    public Long getTaxDueId() {
        return taxDueId;
    }

    public String getCountry() {
        return country;
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

    public LocalDate getPaidOn() {
        return paidOn;
    }

    public String getReceiptReference() {
        return receiptReference;
    }

    public String getPayer() {
        return payer;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
