package org.orepass.web.savings;

/** A correction: the entry to reverse and why. */
public class ReversalForm {

    private Long entryId;
    private String reason;

    public Long getEntryId() {
        return entryId;
    }

    public void setEntryId(Long entryId) {
        this.entryId = entryId;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
