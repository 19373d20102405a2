package org.orepass.web.risk;

import java.util.HashMap;
import java.util.Map;

/**
 * The answers (question code to YES/NO/UNKNOWN), the evidence notes, the level chosen per risk (empty: the computed
 * one) and the justification for any level below the computed one; the version guards against a stale page.
 */
public class AssessmentForm {

    private long version;
    private Map<String, String> answers = new HashMap<>();
    private String notes;
    private Map<String, String> levels = new HashMap<>();
    private String justification;

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public Map<String, String> getAnswers() {
        return answers;
    }

    public void setAnswers(Map<String, String> answers) {
        this.answers = answers;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    public Map<String, String> getLevels() {
        return levels;
    }

    public void setLevels(Map<String, String> levels) {
        this.levels = levels;
    }

    public String getJustification() {
        return justification;
    }

    public void setJustification(String justification) {
        this.justification = justification;
    }
}
