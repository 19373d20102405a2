package org.orepass.web.custody;

import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import org.orepass.custody.Payment;
import org.orepass.custody.PaymentMethod;

/**
 * The sell form on a lot page: to whom, how many kilograms, optionally how it was paid, and the lot's version the
 * seller saw.
 */
public class SaleForm {

    @NotNull(message = "{transfer.buyer.required}")
    private Long buyerId;
    @NotNull(message = "{transfer.mass.positive}")
    private BigDecimal massKg;
    private Long version;
    private PaymentMethod paymentMethod;
    private BigDecimal paymentAmount;
    private String paymentCurrency;
    /** The contract the sale is made under (issue 24), optional. */
    private Long contractId;

    public SaleForm() {
    }

    SaleForm(long version) {
        this.version = version;
    }

    public Long getBuyerId() {
        return buyerId;
    }

    public void setBuyerId(Long buyerId) {
        this.buyerId = buyerId;
    }

    public BigDecimal getMassKg() {
        return massKg;
    }

    public void setMassKg(BigDecimal massKg) {
        this.massKg = massKg;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }

    Payment toPayment() {
        return new Payment(paymentMethod, paymentAmount, paymentCurrency);
    }

    /** The choices of the payment method list (the form fragment has no model of its own). */
    public PaymentMethod[] getPaymentMethods() {
        return PaymentMethod.values();
    }

    public PaymentMethod getPaymentMethod() {
        return paymentMethod;
    }

    public void setPaymentMethod(PaymentMethod paymentMethod) {
        this.paymentMethod = paymentMethod;
    }

    public BigDecimal getPaymentAmount() {
        return paymentAmount;
    }

    public void setPaymentAmount(BigDecimal paymentAmount) {
        this.paymentAmount = paymentAmount;
    }

    public String getPaymentCurrency() {
        return paymentCurrency;
    }

    public void setPaymentCurrency(String paymentCurrency) {
        this.paymentCurrency = paymentCurrency;
    }

    public Long getContractId() {
        return contractId;
    }

    public void setContractId(Long contractId) {
        this.contractId = contractId;
    }
}
