package org.orepass.web.security;

import java.io.Serializable;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.orepass.account.Role;
import org.orepass.account.UserAccount;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in user as the session keeps it (serialised into PostgreSQL by Spring Session, so any app node can
 * serve the next request). Holds what authorisation checks need: roles, organisation and jurisdiction.
 */
public record SignedInUser(
        Long id,
        String username,
        String fullName,
        String passwordHash,
        Long organisationId,
        String organisationName,
        Set<Role> roles,
        String jurisdictionCountry,
        Set<String> jurisdictionDivisions,
        boolean enabled,
        boolean locked,
        boolean mustChangePassword,
        String preferredLanguage) implements UserDetails, Serializable {

    public static SignedInUser of(UserAccount account, boolean locked) {
        return new SignedInUser(account.getId(), account.getUsername(), account.getFullName(),
                account.getPasswordHash(), account.getOrganisation().getId(), account.getOrganisation().getName(),
                Set.copyOf(account.getRoles()), account.getJurisdictionCountry(),
                Set.copyOf(account.getJurisdictionDivisions()),
                account.isActive() && account.getOrganisation().isActive(), locked, account.isMustChangePassword(),
                account.getPreferredLanguage());
    }

    /** The copy kept in the session never carries the password hash. */
    public SignedInUser withoutPassword() {
        return new SignedInUser(id, username, fullName, null, organisationId, organisationName, roles,
                jurisdictionCountry, jurisdictionDivisions, enabled, locked, mustChangePassword, preferredLanguage);
    }

    /** The domain's view of this user, for use cases that authorise by role, organisation and jurisdiction. */
    public org.orepass.account.Actor actor() {
        return new org.orepass.account.Actor(username, organisationId, roles, jurisdictionCountry,
                jurisdictionDivisions);
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    /** For templates: {@code ${me.is('ADMIN')}}. */
    public boolean is(String role) {
        return roles.stream().anyMatch(held -> held.name().equals(role));
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        List<GrantedAuthority> authorities = roles.stream()
                .map(role -> (GrantedAuthority) new SimpleGrantedAuthority("ROLE_" + role.name()))
                .toList();
        return authorities;
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }
}
