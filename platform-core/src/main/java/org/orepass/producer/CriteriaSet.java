package org.orepass.producer;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A criteria set as data, versioned, with its source. {@code sample}: texts written for OrePass to show the
 * structure, not the official wording (pages say so).
 */
@Entity
@Table(name = "criteria_set")
public class CriteriaSet {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String code;
    @Column(name = "set_version")
    private String setVersion;
    private String title;
    private String source;
    private boolean sample;
    private LocalDate publishedOn;
    private String sourceUrl;
    private String loadedBy;
    private Instant loadedAt;

    protected CriteriaSet() {
        // for JPA
    }

    /** A set an administrator loads: official text (not a sample), its source's title, address and date. */
    public CriteriaSet(String code, String setVersion, String title, String source, String sourceUrl,
            LocalDate publishedOn, String loadedBy, Instant loadedAt) {
        this.code = code;
        this.setVersion = setVersion;
        this.title = title;
        this.source = source;
        this.sourceUrl = sourceUrl;
        this.publishedOn = publishedOn;
        this.loadedBy = loadedBy;
        this.loadedAt = loadedAt;
        this.sample = false;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getSetVersion() {
        return setVersion;
    }

    public String getTitle() {
        return title;
    }

    public String getSource() {
        return source;
    }

    public boolean isSample() {
        return sample;
    }

    public LocalDate getPublishedOn() {
        return publishedOn;
    }

    public String getSourceUrl() {
        return sourceUrl;
    }

    public String getLoadedBy() {
        return loadedBy;
    }

    public Instant getLoadedAt() {
        return loadedAt;
    }
}
