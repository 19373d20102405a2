package org.orepass.alert;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * What one user chose: the kinds they do not want by e-mail (every kind is on until turned off, so that nobody
 * misses a grave incident by never opening the page) and the language of their mails (null: the account's).
 */
@Entity
@Table(name = "alert_preference")
public class AlertPreference {

    @Id
    @Column(updatable = false)
    private Long userId;
    private String muted = "";
    private String language;
    private Instant updatedAt;
    @Version
    private long version;

    protected AlertPreference() {
        // for JPA
    }

    AlertPreference(Long userId, Instant now) {
        this.userId = userId;
        this.updatedAt = now;
    }

    void choose(Set<AlertKind> mutedKinds, String language, Instant now) {
        this.muted = mutedKinds.stream().map(Enum::name).collect(Collectors.toCollection(TreeSet::new)).stream()
                .collect(Collectors.joining(","));
        this.language = language;
        this.updatedAt = now;
    }

    public Long getUserId() {
        return userId;
    }

    public Set<AlertKind> mutedKinds() {
        var kinds = EnumSet.noneOf(AlertKind.class);
        Arrays.stream(muted.split(",")).filter(name -> !name.isBlank()).forEach(name -> {
            try {
                kinds.add(AlertKind.valueOf(name));
            } catch (IllegalArgumentException gone) {
                // a kind since removed: ignored
            }
        });
        return kinds;
    }

    public boolean receives(AlertKind kind) {
        return !mutedKinds().contains(kind);
    }

    public String getLanguage() {
        return language;
    }

    public long getVersion() {
        return version;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
