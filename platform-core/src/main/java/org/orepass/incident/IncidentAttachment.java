package org.orepass.incident;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.orepass.attachment.AttachmentType;
import org.orepass.attachment.StoredFile;

/** A photo or document of an incident, stored like inspection files (see {@link StoredFile}). */
@Entity
@Table(name = "incident_attachment")
public class IncidentAttachment extends StoredFile {

    @Column(updatable = false)
    private Long incidentId;

    protected IncidentAttachment() {
        // for JPA
    }

    IncidentAttachment(Long incidentId, String fileName, AttachmentType type, byte[] content, String sha256, String uploadedBy,
            Instant uploadedAt) {
        super(fileName, type, content, sha256, uploadedBy, uploadedAt);
        this.incidentId = incidentId;
    }

    public Long getIncidentId() {
        return incidentId;
    }
}
