package org.orepass.producer;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One text of a criteria set in one language (docs/producer-criteria.md): the set's title, its source's title, a
 * module's title, a criterion's title, what a level means on a criterion, or what evidence shows it. English is
 * always there; French, Spanish and Swahili when written. Never changed once loaded.
 */
@Entity
@Table(name = "criteria_text")
public class CriteriaText {

    public static final String SET = "SET";
    public static final String SOURCE = "SOURCE";
    public static final String MODULE = "MODULE";
    public static final String CRITERION = "CRITERION";
    public static final String LEVEL = "LEVEL";
    public static final String EVIDENCE = "EVIDENCE";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long setId;
    private String subject;
    private String code;
    private String level;
    private String lang;
    private String text;

    protected CriteriaText() {
        // for JPA
    }

    public CriteriaText(Long setId, String subject, String code, ProgressLevel level, String lang, String text) {
        this.setId = setId;
        this.subject = subject;
        this.code = code == null ? "" : code;
        this.level = level == null ? "" : level.name();
        this.lang = lang;
        this.text = text;
    }

    public Long getId() {
        return id;
    }

    public Long getSetId() {
        return setId;
    }

    public String getSubject() {
        return subject;
    }

    public String getCode() {
        return code;
    }

    public String getLevel() {
        return level;
    }

    public String getLang() {
        return lang;
    }

    public String getText() {
        return text;
    }
}
