package org.orepass.incident;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A line in the notification list of the inspectors whose jurisdiction covers the place and of the CSO monitors
 * of the country. Recipients are found when the list is read, so whoever takes over a jurisdiction sees it.
 */
@Entity
@Table(name = "incident_notification")
public class IncidentNotification {

    public static final String SITE_UNDER_REVIEW = "SITE_UNDER_REVIEW";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(updatable = false)
    private Long incidentId;
    @Column(updatable = false)
    private Long siteId;
    @Column(updatable = false)
    private String country;
    @Column(updatable = false)
    private String division;
    @Column(updatable = false)
    private String kind;
    @Column(updatable = false)
    private Instant createdAt;

    protected IncidentNotification() {
        // for JPA
    }

    IncidentNotification(Incident incident, String kind, Instant createdAt) {
        this.incidentId = incident.getId();
        this.siteId = incident.getSiteId();
        this.country = incident.getCountry();
        this.division = incident.getDivision();
        this.kind = kind;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public Long getIncidentId() {
        return incidentId;
    }

    public Long getSiteId() {
        return siteId;
    }

    public String getCountry() {
        return country;
    }

    public String getDivision() {
        return division;
    }

    public String getKind() {
        return kind;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
