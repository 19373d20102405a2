package org.orepass.web.site;

/** A second inspector's answer to a more lenient colour: the inspection's version and, to refuse, why. */
public class OverrideDecisionForm {

    private long version;
    private String refusalReason;

    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
    public String getRefusalReason() { return refusalReason; }
    public void setRefusalReason(String refusalReason) { this.refusalReason = refusalReason; }
}
