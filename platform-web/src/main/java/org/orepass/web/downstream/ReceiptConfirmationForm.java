package org.orepass.web.downstream;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.orepass.downstream.DownstreamReceipts.ReceiptDetails;
import org.springframework.format.annotation.DateTimeFormat;

/** The consignee's receipt as typed: day, kilograms weighed, optional note; the domain checks them. */
public class ReceiptConfirmationForm {

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate receivedOn;

    private BigDecimal receivedKg;
    private String note;

    public ReceiptDetails toDetails() {
        return new ReceiptDetails(receivedOn, receivedKg, note);
    }

    public LocalDate getReceivedOn() {
        return receivedOn;
    }

    public void setReceivedOn(LocalDate receivedOn) {
        this.receivedOn = receivedOn;
    }

    public BigDecimal getReceivedKg() {
        return receivedKg;
    }

    public void setReceivedKg(BigDecimal receivedKg) {
        this.receivedKg = receivedKg;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
