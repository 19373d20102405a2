package org.orepass.web.downstream;

/** The reason a consignee reverses its confirmed receipt (issue 18); the domain checks it. */
public class ReversalForm {

    private String reason;

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
