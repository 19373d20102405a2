package org.orepass.producer;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The area rehabilitated to date under a commitment, as measured on a day (cumulative: the newest verified record is
 * the producer's standing). Never changed: a new measurement is a new record.
 */
@Entity
@Table(name = "producer_rehabilitation_progress")
public class RehabilitationRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long rehabilitationId;
    private LocalDate measuredOn;
    private Hectares rehabilitatedHa;
    private String note;
    private String recordedBy;
    private Instant recordedAt;

    protected RehabilitationRecord() {
        // for JPA
    }

    RehabilitationRecord(Long rehabilitationId, LocalDate measuredOn, Hectares rehabilitatedHa, String note,
            String recordedBy, Instant recordedAt) {
        this.rehabilitationId = rehabilitationId;
        this.measuredOn = measuredOn;
        this.rehabilitatedHa = rehabilitatedHa;
        this.note = note;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public Long getId() {
        return id;
    }

    public Long getRehabilitationId() {
        return rehabilitationId;
    }

    public LocalDate getMeasuredOn() {
        return measuredOn;
    }

    public Hectares getRehabilitatedHa() {
        return rehabilitatedHa;
    }

    public String getNote() {
        return note;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
