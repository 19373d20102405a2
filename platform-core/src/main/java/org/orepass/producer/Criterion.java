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

    protected Criterion() {
        // for JPA
    }

    public Long getId() {
        return id;
    }

    public Long getSetId() {
        return setId;
    }

    public CriterionModule getModule() {
        return module;
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
