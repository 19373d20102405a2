package org.orepass.web.producer;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.orepass.producer.ProgressLevel;

/** A self-assessment: the day, and a level and a note per criterion (by criterion id). */
public class AssessmentForm {

    @NotNull
    private LocalDate assessedOn;
    private Map<Long, ProgressLevel> levels = new LinkedHashMap<>();
    private Map<Long, String> notes = new LinkedHashMap<>();

    public LocalDate getAssessedOn() {
        return assessedOn;
    }

    public void setAssessedOn(LocalDate assessedOn) {
        this.assessedOn = assessedOn;
    }

    public Map<Long, ProgressLevel> getLevels() {
        return levels;
    }

    public void setLevels(Map<Long, ProgressLevel> levels) {
        this.levels = levels;
    }

    public Map<Long, String> getNotes() {
        return notes;
    }

    public void setNotes(Map<Long, String> notes) {
        this.notes = notes;
    }
}
