package org.orepass.web.risk;

/** The decision on an assessment (or just the version, for a sign-off). */
public class DecisionForm {

    private long version;
    private String decision;

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public String getDecision() {
        return decision;
    }

    public void setDecision(String decision) {
        this.decision = decision;
    }
}
