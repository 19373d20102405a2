package org.orepass.web.export;

/** The submit button of a draft carries the version the exporter saw, so a changed draft is not sent unseen. */
public class SubmissionForm {

    private long version;

    public SubmissionForm() {
    }

    SubmissionForm(long version) {
        this.version = version;
    }

    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
}
