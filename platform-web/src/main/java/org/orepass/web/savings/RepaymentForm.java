package org.orepass.web.savings;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** A repayment of an equipment loan. */
public class RepaymentForm {

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate paidOn;
    private BigDecimal amount;

    public LocalDate getPaidOn() {
        return paidOn;
    }

    public void setPaidOn(LocalDate paidOn) {
        this.paidOn = paidOn;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }
}
