package org.orepass.producer;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
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

    protected CriteriaSet() {
        // for JPA
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
}
