package org.orepass.web.contract;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.orepass.contract.ContractTerms;
import org.orepass.contract.PriceBasis;
import org.orepass.contract.PriceUnit;
import org.orepass.site.Mineral;
import org.springframework.format.annotation.DateTimeFormat;

/** The contract form: what the contract says, as typed; the domain ({@code Contract.check}) checks it all. */
public class ContractForm {

    private String reference;
    private Long counterpartyId;
    private String counterpartyName;
    private Mineral mineral;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate signedOn;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate startsOn;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate endsOn;
    private PriceBasis priceBasis;
    private BigDecimal referenceShare;
    private BigDecimal fixedPrice;
    private String priceCurrency;
    private PriceUnit priceUnit;
    private BigDecimal deductionsPercent;
    private String deductionsNote;
    private String weighingTerms;
    private String assayTerms;
    private boolean independentAssay;
    private Integer paymentDays;
    private boolean exclusive;
    private BigDecimal minimumPrice;
    private String explainedIn;

    ContractTerms toTerms() {
        return new ContractTerms(reference, counterpartyId, counterpartyName, mineral, signedOn, startsOn, endsOn,
                priceBasis, referenceShare, fixedPrice, priceCurrency, priceUnit, deductionsPercent, deductionsNote,
                weighingTerms, assayTerms, independentAssay, paymentDays, exclusive, minimumPrice, explainedIn);
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }

    public Long getCounterpartyId() {
        return counterpartyId;
    }

    public void setCounterpartyId(Long counterpartyId) {
        this.counterpartyId = counterpartyId;
    }

    public String getCounterpartyName() {
        return counterpartyName;
    }

    public void setCounterpartyName(String counterpartyName) {
        this.counterpartyName = counterpartyName;
    }

    public Mineral getMineral() {
        return mineral;
    }

    public void setMineral(Mineral mineral) {
        this.mineral = mineral;
    }

    public LocalDate getSignedOn() {
        return signedOn;
    }

    public void setSignedOn(LocalDate signedOn) {
        this.signedOn = signedOn;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public void setStartsOn(LocalDate startsOn) {
        this.startsOn = startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public void setEndsOn(LocalDate endsOn) {
        this.endsOn = endsOn;
    }

    public PriceBasis getPriceBasis() {
        return priceBasis;
    }

    public void setPriceBasis(PriceBasis priceBasis) {
        this.priceBasis = priceBasis;
    }

    public BigDecimal getReferenceShare() {
        return referenceShare;
    }

    public void setReferenceShare(BigDecimal referenceShare) {
        this.referenceShare = referenceShare;
    }

    public BigDecimal getFixedPrice() {
        return fixedPrice;
    }

    public void setFixedPrice(BigDecimal fixedPrice) {
        this.fixedPrice = fixedPrice;
    }

    public String getPriceCurrency() {
        return priceCurrency;
    }

    public void setPriceCurrency(String priceCurrency) {
        this.priceCurrency = priceCurrency;
    }

    public PriceUnit getPriceUnit() {
        return priceUnit;
    }

    public void setPriceUnit(PriceUnit priceUnit) {
        this.priceUnit = priceUnit;
    }

    public BigDecimal getDeductionsPercent() {
        return deductionsPercent;
    }

    public void setDeductionsPercent(BigDecimal deductionsPercent) {
        this.deductionsPercent = deductionsPercent;
    }

    public String getDeductionsNote() {
        return deductionsNote;
    }

    public void setDeductionsNote(String deductionsNote) {
        this.deductionsNote = deductionsNote;
    }

    public String getWeighingTerms() {
        return weighingTerms;
    }

    public void setWeighingTerms(String weighingTerms) {
        this.weighingTerms = weighingTerms;
    }

    public String getAssayTerms() {
        return assayTerms;
    }

    public void setAssayTerms(String assayTerms) {
        this.assayTerms = assayTerms;
    }

    public boolean isIndependentAssay() {
        return independentAssay;
    }

    public void setIndependentAssay(boolean independentAssay) {
        this.independentAssay = independentAssay;
    }

    public Integer getPaymentDays() {
        return paymentDays;
    }

    public void setPaymentDays(Integer paymentDays) {
        this.paymentDays = paymentDays;
    }

    public boolean isExclusive() {
        return exclusive;
    }

    public void setExclusive(boolean exclusive) {
        this.exclusive = exclusive;
    }

    public BigDecimal getMinimumPrice() {
        return minimumPrice;
    }

    public void setMinimumPrice(BigDecimal minimumPrice) {
        this.minimumPrice = minimumPrice;
    }

    public String getExplainedIn() {
        return explainedIn;
    }

    public void setExplainedIn(String explainedIn) {
        this.explainedIn = explainedIn;
    }
}
