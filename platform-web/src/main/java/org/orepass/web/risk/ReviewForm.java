package org.orepass.web.risk;

/** The review of a mitigation plan: the outcome, and after a failure whether to suspend or disengage. */
public class ReviewForm {

    private String outcome;
    private String afterFailure;

    public String getOutcome() {
        return outcome;
    }

    public void setOutcome(String outcome) {
        this.outcome = outcome;
    }

    public String getAfterFailure() {
        return afterFailure;
    }

    public void setAfterFailure(String afterFailure) {
        this.afterFailure = afterFailure;
    }
}
