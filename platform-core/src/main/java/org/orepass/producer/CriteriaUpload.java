package org.orepass.producer;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.orepass.audit.NotAudited;

/**
 * A criteria file an administrator uploaded and checked, waiting for confirmation on its preview; once confirmed,
 * the set it became. The file's text is kept here (not in the audit trail): the confirmation reads it again.
 */
@Entity
@Table(name = "criteria_upload")
public class CriteriaUpload {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String fileName;
    @NotAudited
    private String content;
    private String uploadedBy;
    private Instant uploadedAt;
    private Long loadedSetId;
    @Version
    private long version;

    protected CriteriaUpload() {
        // for JPA
    }

    public CriteriaUpload(String fileName, String content, String uploadedBy, Instant uploadedAt) {
        this.fileName = fileName;
        this.content = content;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    void loaded(Long setId) {
        this.loadedSetId = setId;
    }

    public Long getId() {
        return id;
    }

    public String getFileName() {
        return fileName;
    }

    public String getContent() {
        return content;
    }

    public String getUploadedBy() {
        return uploadedBy;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }

    public Long getLoadedSetId() {
        return loadedSetId;
    }

    public boolean isLoaded() {
        return loadedSetId != null;
    }

    public long getVersion() {
        return version;
    }
}
