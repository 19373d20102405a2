package org.orepass.site;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** Something the site must put right by a deadline, set by an inspection. */
@Entity
@Table(name = "corrective_action")
public class CorrectiveAction {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String description;
    private LocalDate deadline;
    private LocalDate doneOn;

    protected CorrectiveAction() {
        // for JPA
    }

    CorrectiveAction(String description, LocalDate deadline) {
        this.description = description;
        this.deadline = deadline;
    }

    public boolean overdueOn(LocalDate day) {
        return doneOn == null && deadline.isBefore(day);
    }

    public Long getId() {
        return id;
    }

    public String getDescription() {
        return description;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public LocalDate getDoneOn() {
        return doneOn;
    }
}
