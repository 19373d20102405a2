package org.orepass.attachment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A report or photo of an inspection, stored in the database with its checksum. Attachments are never
 * changed, only added; lists read {@link AttachmentSummary} so that the bytes are loaded for a download only.
 */
@Entity
@Table(name = "inspection_attachment")
public class InspectionAttachment extends StoredFile {

    @Column(updatable = false)
    private Long inspectionId;

    protected InspectionAttachment() {
        // for JPA
    }

    InspectionAttachment(Long inspectionId, String fileName, AttachmentType type, byte[] content, String sha256, String uploadedBy,
            Instant uploadedAt) {
        super(fileName, type, content, sha256, uploadedBy, uploadedAt);
        this.inspectionId = inspectionId;
    }

    public Long getInspectionId() {
        return inspectionId;
    }
}
