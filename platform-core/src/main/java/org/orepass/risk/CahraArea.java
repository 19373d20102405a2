package org.orepass.risk;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A conflict-affected or high-risk area as the administrators list it: a country, or one ISO 3166-2 division of
 * it, with the source that says so and its date (the EU's indicative list, a UN report...). Importers still judge
 * for themselves, so the list is the platform's, kept by hand.
 */
@Entity
@Table(name = "cahra_area")
public class CahraArea {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String country;

    private String division;

    private String source;

    private LocalDate listedOn;

    private String recordedBy;

    private Instant recordedAt;

    /** An entry of the example list shipped in demo mode (labelled on the page; replaced by any loaded list). */
    private boolean demo;

    @Version
    private long version;

    protected CahraArea() {
    }

    public CahraArea(String country, String division, String source, LocalDate listedOn, String recordedBy,
            Instant recordedAt) {
        this.country = country;
        this.division = division == null || division.isBlank() ? null : division;
        this.source = source;
        this.listedOn = listedOn;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    /** An entry of the example list that demo mode ships. */
    static CahraArea demo(String country, String division, String source, LocalDate listedOn, Instant recordedAt) {
        var area = new CahraArea(country, division, source, listedOn, "demo", recordedAt);
        area.demo = true;
        return area;
    }

    public boolean isDemo() {
        return demo;
    }

    public Long getId() {
        return id;
    }

    public String getCountry() {
        return country;
    }

    public String getDivision() {
        return division;
    }

    public String getSource() {
        return source;
    }

    public LocalDate getListedOn() {
        return listedOn;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public long getVersion() {
        return version;
    }

    /** The place is in this area: same country, and same division unless the whole country is listed. */
    public boolean covers(String placeCountry, String placeDivision) {
        return country.equals(placeCountry) && (division == null || division.equals(placeDivision));
    }
}
