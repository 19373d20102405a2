package org.orepass.web.savings;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.orepass.savings.MeetingLine;
import org.springframework.format.annotation.DateTimeFormat;

/** A meeting as the recorder copies it from the passbooks: the day, then one line per member. */
public class MeetingForm {

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate heldOn;
    private List<Line> lines = new ArrayList<>();

    /** One member's line (the member's name is shown from the group's list, by the same index). */
    public static class Line {
        private Long memberId;
        private boolean present;
        private Integer shares;
        private boolean socialFund;
        private BigDecimal fine;
        private BigDecimal repayment;
        private BigDecimal loan;
        private BigDecimal grant;

        MeetingLine toLine() {
            return new MeetingLine(memberId == null ? 0 : memberId, present, shares, socialFund, fine, repayment,
                    loan, grant);
        }

        public Long getMemberId() {
            return memberId;
        }

        public void setMemberId(Long memberId) {
            this.memberId = memberId;
        }

        public boolean isPresent() {
            return present;
        }

        public void setPresent(boolean present) {
            this.present = present;
        }

        public Integer getShares() {
            return shares;
        }

        public void setShares(Integer shares) {
            this.shares = shares;
        }

        public boolean isSocialFund() {
            return socialFund;
        }

        public void setSocialFund(boolean socialFund) {
            this.socialFund = socialFund;
        }

        public BigDecimal getFine() {
            return fine;
        }

        public void setFine(BigDecimal fine) {
            this.fine = fine;
        }

        public BigDecimal getRepayment() {
            return repayment;
        }

        public void setRepayment(BigDecimal repayment) {
            this.repayment = repayment;
        }

        public BigDecimal getLoan() {
            return loan;
        }

        public void setLoan(BigDecimal loan) {
            this.loan = loan;
        }

        public BigDecimal getGrant() {
            return grant;
        }

        public void setGrant(BigDecimal grant) {
            this.grant = grant;
        }
    }

    List<MeetingLine> toLines() {
        return lines.stream().map(Line::toLine).toList();
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public void setHeldOn(LocalDate heldOn) {
        this.heldOn = heldOn;
    }

    public List<Line> getLines() {
        return lines;
    }

    public void setLines(List<Line> lines) {
        this.lines = lines == null ? new ArrayList<>() : lines;
    }
}
