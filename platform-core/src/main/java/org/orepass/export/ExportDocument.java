package org.orepass.export;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.orepass.attachment.AttachmentType;
import org.orepass.audit.NotAudited;

/**
 * A paper of an export shipment (invoice, packing list, assay report, transport document), stored like an
 * inspection file: PDF, JPEG or PNG recognised from the content, with its checksum, never changed.
 */
@Entity
@Table(name = "export_document")
public class ExportDocument {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(updatable = false)
    private Long shipmentId;
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

    protected ExportDocument() {
    }

    ExportDocument(Long shipmentId, String fileName, AttachmentType type, byte[] content, String sha256,
            String uploadedBy, Instant uploadedAt) {
        this.shipmentId = shipmentId;
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

    public Long getShipmentId() {
        return shipmentId;
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
