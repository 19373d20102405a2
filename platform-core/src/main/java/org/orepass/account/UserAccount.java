package org.orepass.account;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.orepass.audit.NotAudited;
import org.orepass.audit.Redacted;
import org.orepass.geography.Countries;
import org.orepass.organisation.Organisation;
import org.orepass.shared.DomainRuleViolation;

/**
 * A person who signs in. Belongs to one organisation, holds one or more roles; an inspector's jurisdiction is a
 * country and optionally some of its divisions.
 */
@Entity
@Table(name = "user_account")
public class UserAccount {

    private static final Pattern USERNAME = Pattern.compile("^[a-z0-9][a-z0-9._-]{1,59}$");
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    public static final Set<String> LANGUAGES = Set.of("en", "fr", "es", "sw");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(updatable = false)
    private String username;

    private String fullName;
    private String email;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "role")
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    private String jurisdictionCountry;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_jurisdiction_division", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "division")
    private Set<String> jurisdictionDivisions = new TreeSet<>();

    @Redacted
    private String passwordHash;

    private boolean active = true;
    private boolean mustChangePassword;

    // Sign-in bookkeeping is written by atomic SQL updates (see UserAccounts#registerFailedSignIn), which
    // neither bump the version nor reach the audit trail: a sign-in must not make an admin's open form stale.
    @NotAudited
    private int failedLogins;

    @NotAudited
    private Instant lockedUntil;

    @NotAudited
    private Instant lastLoginAt;

    private String preferredLanguage;

    @Version
    private long version;

    @Column(updatable = false)
    private Instant createdAt;

    @NotAudited
    private Instant updatedAt;

    protected UserAccount() {
        // for JPA
    }

    public static UserAccount open(UserDetails details, Organisation organisation, String passwordHash,
            boolean mustChangePassword, Instant now) {
        if (details.username() == null || !USERNAME.matcher(details.username()).matches()) {
            throw new DomainRuleViolation("username", "user.username.invalid");
        }
        var account = new UserAccount();
        account.username = details.username();
        account.passwordHash = passwordHash;
        account.mustChangePassword = mustChangePassword;
        account.createdAt = now;
        account.describe(details, organisation, now);
        return account;
    }

    /** Updates name, contact, organisation, roles and jurisdiction after checking them. */
    public void describe(UserDetails details, Organisation organisation, Instant now) {
        describeProfile(details.fullName(), details.email(), details.preferredLanguage(), now);
        if (organisation == null) {
            throw new DomainRuleViolation("organisationId", "validation.required");
        }
        if (details.roles().isEmpty()) {
            throw new DomainRuleViolation("roles", "user.roles.required");
        }
        var country = blankToNull(details.jurisdictionCountry());
        if (details.roles().contains(Role.INSPECTOR)) {
            if (!Countries.isCountry(country)) {
                throw new DomainRuleViolation("jurisdictionCountry", "user.jurisdiction.required");
            }
            for (String division : details.jurisdictionDivisions()) {
                if (!Countries.isDivisionOf(division, country)) {
                    throw new DomainRuleViolation("jurisdictionDivisions", "validation.division", country);
                }
            }
        } else {
            // Only inspectors have a jurisdiction; keeping a stale one would widen access if the role came back.
            country = null;
        }
        this.organisation = organisation;
        this.roles.clear();
        this.roles.addAll(details.roles());
        this.jurisdictionCountry = country;
        this.jurisdictionDivisions.clear();
        if (country != null) {
            this.jurisdictionDivisions.addAll(details.jurisdictionDivisions());
        }
    }

    /** What users may change about themselves. */
    public void describeProfile(String fullName, String email, String preferredLanguage, Instant now) {
        if (fullName == null || fullName.isBlank()) {
            throw new DomainRuleViolation("fullName", "validation.required");
        }
        var cleanEmail = blankToNull(email);
        if (cleanEmail != null && !EMAIL.matcher(cleanEmail).matches()) {
            throw new DomainRuleViolation("email", "validation.email");
        }
        var language = blankToNull(preferredLanguage);
        if (language != null && !LANGUAGES.contains(language)) {
            throw new DomainRuleViolation("preferredLanguage", "validation.language");
        }
        this.fullName = fullName.strip();
        this.email = cleanEmail;
        this.preferredLanguage = language;
        this.updatedAt = now;
    }

    public void changePassword(String newHash, Instant now) {
        this.passwordHash = newHash;
        this.mustChangePassword = false;
        this.updatedAt = now;
    }

    /** An administrator sets a temporary password; the user must choose their own at next sign-in. */
    public void resetPassword(String temporaryHash, Instant now) {
        this.passwordHash = temporaryHash;
        this.mustChangePassword = true;
        this.failedLogins = 0;
        this.lockedUntil = null;
        this.updatedAt = now;
    }

    public boolean isLocked(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    public void deactivate(Instant now) {
        active = false;
        updatedAt = now;
    }

    public void reactivate(Instant now) {
        active = true;
        updatedAt = now;
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    public UserDetails details() {
        return new UserDetails(username, fullName, email, organisation.getId(), roles, jurisdictionCountry,
                jurisdictionDivisions, preferredLanguage);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getFullName() {
        return fullName;
    }

    public String getEmail() {
        return email;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public Set<Role> getRoles() {
        return Set.copyOf(roles);
    }

    public String getJurisdictionCountry() {
        return jurisdictionCountry;
    }

    public Set<String> getJurisdictionDivisions() {
        return Set.copyOf(jurisdictionDivisions);
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public boolean isActive() {
        return active;
    }

    public boolean isMustChangePassword() {
        return mustChangePassword;
    }

    public int getFailedLogins() {
        return failedLogins;
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }

    public Instant getLastLoginAt() {
        return lastLoginAt;
    }

    public String getPreferredLanguage() {
        return preferredLanguage;
    }

    public long getVersion() {
        return version;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
