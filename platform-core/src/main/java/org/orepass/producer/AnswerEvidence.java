package org.orepass.producer;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.orepass.attachment.StoredFile;
import org.orepass.attachment.UploadedFile;

/** A file (PDF, photo) that shows an answer's level, stored as every OrePass file is ({@link StoredFile}). */
@Entity
@Table(name = "producer_evidence")
public class AnswerEvidence extends StoredFile {

    @Column(updatable = false)
    private Long answerId;

    protected AnswerEvidence() {
        // for JPA
    }

    AnswerEvidence(Long answerId, UploadedFile file, String uploadedBy, Instant uploadedAt) {
        super(file.name(), file.type(), file.content(), file.sha256(), uploadedBy, uploadedAt);
        this.answerId = answerId;
    }

    public Long getAnswerId() {
        return answerId;
    }
}
