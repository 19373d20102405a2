package org.orepass.web.revenue;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import org.orepass.revenue.PaymentDetails;
import org.springframework.format.annotation.DateTimeFormat;

/** A payment as the collecting officer copies it from the receipt. */
public class PaymentForm {

    @NotNull(message = "{validation.required}")
    private BigDecimal amount;
    @NotBlank(message = "{validation.required}")
    private String currency;
    @NotNull(message = "{validation.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate paidOn;
    @NotBlank(message = "{validation.required}")
    @Size(max = 60, message = "{validation.size}")
    private String receiptReference;
    @NotBlank(message = "{validation.required}")
    @Size(max = 200, message = "{validation.size}")
    private String payer;
    private long version;

    PaymentDetails toDetails() {
        return new PaymentDetails(amount, currency == null ? null : currency.strip().toUpperCase(Locale.ROOT), paidOn,
                receiptReference, payer);
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }

    public String getCurrency() {
        return currency;
    }

    public void setCurrency(String currency) {
        this.currency = currency;
    }

    public LocalDate getPaidOn() {
        return paidOn;
    }

    public void setPaidOn(LocalDate paidOn) {
        this.paidOn = paidOn;
    }

    public String getReceiptReference() {
        return receiptReference;
    }

    public void setReceiptReference(String receiptReference) {
        this.receiptReference = receiptReference;
    }

    public String getPayer() {
        return payer;
    }

    public void setPayer(String payer) {
        this.payer = payer;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
