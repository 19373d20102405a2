package org.orepass.incident;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.orepass.attachment.AttachmentType;
import org.orepass.audit.NotAudited;

/** A photo or document of an incident, stored like inspection files: checksum kept, bytes read for downloads only. */
@Entity
@Table(name = "incident_attachment")
public class IncidentAttachment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(updatable = false)
    private Long incidentId;
    @Column(updatable = false)
    private String fileName;
    @Column(updatable = false)
    private String contentType;
    @Column(updatable = false)
    private long sizeBytes;
    @Column(updatable = false)
    private String sha256;

    @NotAudited
    @Column(updatable = false)
    private byte[] content;

    @Column(updatable = false)
    private String uploadedBy;
    @Column(updatable = false)
    private Instant uploadedAt;

    protected IncidentAttachment() {
        // for JPA
    }

    IncidentAttachment(Long incidentId, String fileName, AttachmentType type, byte[] content, String sha256,
            String uploadedBy, Instant uploadedAt) {
        this.incidentId = incidentId;
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

    public Long getIncidentId() {
        return incidentId;
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
