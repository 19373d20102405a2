package org.orepass.attachment;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;
import org.orepass.audit.NotAudited;

/**
 * What every stored file is, whatever it belongs to (an inspection, an incident, an export shipment, a risk
 * assessment): a checked name and type, its size and SHA-256, the bytes, who uploaded it and when. Never
 * changed once stored; lists read summaries, so the bytes are loaded for a download only. Each subclass adds
 * the record it belongs to and its own table.
 */
@MappedSuperclass
public abstract class StoredFile {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(updatable = false)
    private String fileName;
    @Column(updatable = false)
    private String contentType;
    @Column(updatable = false)
    private long sizeBytes;
    @Column(updatable = false)
    private String sha256;

    /** The audit trail keeps the checksum, not megabytes of file. */
    @NotAudited
    @Column(updatable = false)
    private byte[] content;

    @Column(updatable = false)
    private String uploadedBy;
    @Column(updatable = false)
    private Instant uploadedAt;

    protected StoredFile() {
        // for JPA
    }

    protected StoredFile(String fileName, AttachmentType type, byte[] content, String sha256, String uploadedBy,
            Instant uploadedAt) {
        this.fileName = fileName;
        this.contentType = type.contentType();
        this.sizeBytes = content.length;
        this.sha256 = sha256;
        this.content = content.clone();
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    public Long getId() {
        return id;
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

    public String getSha256() {
        return sha256;
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
