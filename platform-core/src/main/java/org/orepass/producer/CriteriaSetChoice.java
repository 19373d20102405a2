package org.orepass.producer;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * An administrator's choice of the criteria set new assessments use; the newest choice (the last recorded) counts. A choice never
 * changes a set, and assessments already made keep the set they were made against.
 */
@Entity
@Table(name = "criteria_set_choice")
public class CriteriaSetChoice {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long setId;
    private String chosenBy;
    private Instant chosenAt;

    protected CriteriaSetChoice() {
        // for JPA
    }

    public CriteriaSetChoice(Long setId, String chosenBy, Instant chosenAt) {
        this.setId = setId;
        this.chosenBy = chosenBy;
        this.chosenAt = chosenAt;
    }

    public Long getId() {
        return id;
    }

    public Long getSetId() {
        return setId;
    }

    public String getChosenBy() {
        return chosenBy;
    }

    public Instant getChosenAt() {
        return chosenAt;
    }
}
