package org.orepass.producer;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.orepass.attachment.StoredFile;
import org.orepass.attachment.UploadedFile;

/** A photo or report that shows a rehabilitation progress record, stored as every OrePass file is. */
@Entity
@Table(name = "producer_rehabilitation_evidence")
public class RehabilitationEvidence extends StoredFile {

    @Column(updatable = false)
    private Long progressId;

    protected RehabilitationEvidence() {
        // for JPA
    }

    RehabilitationEvidence(Long progressId, UploadedFile file, String uploadedBy, Instant uploadedAt) {
        super(file.name(), file.type(), file.content(), file.sha256(), uploadedBy, uploadedAt);
        this.progressId = progressId;
    }

    public Long getProgressId() {
        return progressId;
    }
}
