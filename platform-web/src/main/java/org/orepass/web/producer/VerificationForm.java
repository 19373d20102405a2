package org.orepass.web.producer;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.orepass.producer.Verdict;

/** A verifier's verdict on one answer. */
public class VerificationForm {

    @NotNull
    private Verdict verdict;
    @Size(max = 1000)
    private String reason;

    public Verdict getVerdict() {
        return verdict;
    }

    public void setVerdict(Verdict verdict) {
        this.verdict = verdict;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
