package org.orepass.producer;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One criterion of a set: its module, text, the serious risk it stands for (if any) and each level's evidence. */
@Entity
@Table(name = "criterion")
public class Criterion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long setId;
    @Enumerated(EnumType.STRING)
    private CriterionModule module;
    private String code;
    private int position;
    private String title;
    @Enumerated(EnumType.STRING)
    private SeriousRisk seriousRisk;
    private String evidenceNotStarted;
    private String evidenceStarted;
    private String evidenceInProgress;
    private String evidenceMet;
    private String moduleNumber;

    protected Criterion() {
        // for JPA
    }

    /**
     * A criterion of a loaded set: its module by the number the official text gives it (no CRAFT module kind), its
     * English title and evidence (the texts in every language are {@link CriteriaText}s).
     */
    public Criterion(Long setId, String moduleNumber, String code, int position, String title,
            SeriousRisk seriousRisk, java.util.Map<ProgressLevel, String> evidence) {
        this.setId = setId;
        this.moduleNumber = moduleNumber;
        this.code = code;
        this.position = position;
        this.title = title;
        this.seriousRisk = seriousRisk;
        this.evidenceNotStarted = evidence.get(ProgressLevel.NOT_STARTED);
        this.evidenceStarted = evidence.get(ProgressLevel.STARTED);
        this.evidenceInProgress = evidence.get(ProgressLevel.IN_PROGRESS);
        this.evidenceMet = evidence.get(ProgressLevel.MET);
    }

    public Long getId() {
        return id;
    }

    public Long getSetId() {
        return setId;
    }

    /** CRAFT's module kind for the sample set; null for a loaded set (its modules are numbered as it numbers them). */
    public CriterionModule getModule() {
        return module;
    }

    /** The module's number as the set's text gives it ("1" to "4" for the sample set). */
    public String getModuleNumber() {
        return moduleNumber;
    }

    public String getCode() {
        return code;
    }

    public int getPosition() {
        return position;
    }

    public String getTitle() {
        return title;
    }

    public SeriousRisk getSeriousRisk() {
        return seriousRisk;
    }

    public boolean isSeriousRisk() {
        return seriousRisk != null;
    }

    /** What shows the producer is at this level. */
    public String evidenceFor(ProgressLevel level) {
        return switch (level) {
            case NOT_STARTED -> evidenceNotStarted;
            case STARTED -> evidenceStarted;
            case IN_PROGRESS -> evidenceInProgress;
            case MET -> evidenceMet;
        };
    }
}
