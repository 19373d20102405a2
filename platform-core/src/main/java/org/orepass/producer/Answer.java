package org.orepass.producer;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The level a producer gives itself on one criterion in one assessment. Never changed: a new assessment is. */
@Entity
@Table(name = "producer_answer")
public class Answer {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long assessmentId;
    private Long criterionId;
    @Enumerated(EnumType.STRING)
    private ProgressLevel level;
    private String note;

    protected Answer() {
        // for JPA
    }

    Answer(Long assessmentId, Long criterionId, ProgressLevel level, String note) {
        this.assessmentId = assessmentId;
        this.criterionId = criterionId;
        this.level = level;
        this.note = note;
    }

    public Long getId() {
        return id;
    }

    public Long getAssessmentId() {
        return assessmentId;
    }

    public Long getCriterionId() {
        return criterionId;
    }

    public ProgressLevel getLevel() {
        return level;
    }

    public String getNote() {
        return note;
    }
}
