package org.orepass.siteimport;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.orepass.audit.NotAudited;

/**
 * One uploaded CSV file of mine sites and its background run. The job lives in the database, not in a node's
 * memory: any node can run it, show its progress, or notice that the node running it died. Its state moves
 * through {@link SiteImports}' own statements, each in its own transaction, so progress shows while the
 * import's transaction is still open.
 */
@Entity
@Table(name = "site_import")
public class SiteImport {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(updatable = false)
    private String username;

    @Column(updatable = false)
    private Long organisationId;

    @Column(updatable = false)
    private String fileName;

    @Enumerated(EnumType.STRING)
    private SiteImportStatus status;

    private int totalRows;

    @NotAudited
    private int processedRows;

    /** The file as uploaded (already decoded); the sites it creates are audited one by one instead. */
    @NotAudited
    @Column(updatable = false)
    private String csvText;

    private String failureKey;

    @Column(updatable = false)
    private Instant createdAt;

    private Instant startedAt;

    @NotAudited
    private Instant heartbeatAt;

    private Instant finishedAt;

    protected SiteImport() {
        // for JPA
    }

    public static SiteImport queue(String username, Long organisationId, String fileName, String csvText,
            int totalRows, Instant now) {
        var job = new SiteImport();
        job.username = username;
        job.organisationId = organisationId;
        job.fileName = fileName;
        job.csvText = csvText;
        job.totalRows = totalRows;
        job.status = SiteImportStatus.QUEUED;
        job.createdAt = now;
        return job;
    }

    /** Only the person who uploaded the file (and administrators, checked by the caller) sees the job. */
    public boolean isOwnedBy(String someone) {
        return username.equalsIgnoreCase(someone);
    }

    /** Progress in percent: validation is the first half, saving the second. */
    public int percent() {
        if (status == SiteImportStatus.SUCCEEDED || status == SiteImportStatus.FAILED) {
            return 100;
        }
        return totalRows == 0 ? 0 : Math.min(100, processedRows * 100 / (2 * totalRows));
    }

    public Long getId() { return id; }
    public String getUsername() { return username; }
    public Long getOrganisationId() { return organisationId; }
    public String getFileName() { return fileName; }
    public SiteImportStatus getStatus() { return status; }
    public int getTotalRows() { return totalRows; }
    /** Counts both passes: 0 to totalRows while validating, totalRows to twice that while saving. */
    public int getProcessedRows() { return processedRows; }
    public String getCsvText() { return csvText; }
    public String getFailureKey() { return failureKey; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getStartedAt() { return startedAt; }
    public Instant getFinishedAt() { return finishedAt; }
}
