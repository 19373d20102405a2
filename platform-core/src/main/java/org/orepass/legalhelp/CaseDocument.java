package org.orepass.legalhelp;

import org.orepass.audit.ActorWithheld;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.orepass.attachment.UploadedFile;
import org.orepass.audit.NotAudited;
import org.orepass.audit.Redacted;

/**
 * A document of a case, checked like every upload ({@link UploadedFile}) but not a
 * {@link org.orepass.attachment.StoredFile}: its name, checksum and uploader are redacted in the audit trail,
 * which a stored file's are not.
 */
@Entity
@ActorWithheld
@Table(name = "legal_case_document")
public class CaseDocument {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(updatable = false)
    private Long caseId;

    @Redacted
    @Column(updatable = false)
    private String fileName;

    @Column(updatable = false)
    private String contentType;

    @Column(updatable = false)
    private long sizeBytes;

    @Redacted
    @Column(updatable = false)
    private String sha256;

    @NotAudited
    @Column(updatable = false)
    private byte[] content;

    @Redacted
    @Column(updatable = false)
    private String uploadedBy;

    @Column(updatable = false)
    private Instant uploadedAt;

    protected CaseDocument() {
    }

    CaseDocument(Long caseId, UploadedFile file, String uploadedBy, Instant uploadedAt) {
        this.caseId = caseId;
        this.fileName = file.name();
        this.contentType = file.type().contentType();
        this.content = file.content().clone();
        this.sizeBytes = content.length;
        this.sha256 = file.sha256();
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    public Long getId() {
        return id;
    }

    public Long getCaseId() {
        return caseId;
    }

    public String getFileName() {
        return fileName;
    }

    public String getContentType() {
        return contentType;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public byte[] getContent() {
        return content.clone();
    }

    public String getUploadedBy() {
        return uploadedBy;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }
}
