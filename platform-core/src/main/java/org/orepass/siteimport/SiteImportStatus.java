package org.orepass.siteimport;

/** Where a bulk import stands. Only SUCCEEDED saved anything; FAILED saved nothing at all. */
public enum SiteImportStatus {
    QUEUED,
    RUNNING,
    SUCCEEDED,
    FAILED;

    public boolean isFinished() {
        return this == SUCCEEDED || this == FAILED;
    }
}
