package org.orepass.legalhelp;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;

/**
 * A CSO registered as offering legal help (issue 24). No new role: its users with the CSO_MONITOR role are its
 * helpers, and the usernames named here (by an administrator) are its supervisors, who see all its cases and
 * assign them. The organisation itself stays an ordinary CSO.
 */
@Entity
@Table(name = "legal_help_provider")
public class LegalHelpProvider {

    @Id
    @Column(name = "organisation_id")
    private Long organisationId;

    private String description;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "legal_help_supervisor", joinColumns = @JoinColumn(name = "organisation_id"))
    @Column(name = "username")
    private Set<String> supervisors = new TreeSet<>();

    @Column(updatable = false)
    private String registeredBy;

    @Column(updatable = false)
    private Instant registeredAt;

    @Version
    private long version;

    protected LegalHelpProvider() {
    }

    LegalHelpProvider(Long organisationId, String description, Set<String> supervisors, String by, Instant at) {
        this.organisationId = organisationId;
        this.description = description;
        this.supervisors = new TreeSet<>(supervisors);
        this.registeredBy = by;
        this.registeredAt = at;
    }

    void describe(String newDescription, Set<String> newSupervisors) {
        description = newDescription;
        supervisors.clear();
        supervisors.addAll(newSupervisors);
    }

    public boolean isSupervisor(String username) {
        return username != null && supervisors.contains(username.toLowerCase(java.util.Locale.ROOT));
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public String getDescription() {
        return description;
    }

    public Set<String> getSupervisors() {
        return Set.copyOf(supervisors);
    }

    public long getVersion() {
        return version;
    }
}
