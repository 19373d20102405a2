package org.orepass.producer;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** A self-assessment of a producer against a criteria set on one day; its answers are {@link Answer}s. */
@Entity
@Table(name = "producer_assessment")
public class ProgressAssessment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long producerId;
    private Long setId;
    private LocalDate assessedOn;
    private String submittedBy;
    private Instant submittedAt;

    protected ProgressAssessment() {
        // for JPA
    }

    ProgressAssessment(Long producerId, Long setId, LocalDate assessedOn, String submittedBy, Instant submittedAt) {
        this.producerId = producerId;
        this.setId = setId;
        this.assessedOn = assessedOn;
        this.submittedBy = submittedBy;
        this.submittedAt = submittedAt;
    }

    public Long getId() {
        return id;
    }

    public Long getProducerId() {
        return producerId;
    }

    public Long getSetId() {
        return setId;
    }

    public LocalDate getAssessedOn() {
        return assessedOn;
    }

    public String getSubmittedBy() {
        return submittedBy;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }
}
