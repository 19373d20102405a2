package org.orepass.account;

import java.util.Set;

/** What an administrator records about a user account. */
public record UserDetails(
        String username,
        String fullName,
        String email,
        Long organisationId,
        Set<Role> roles,
        String jurisdictionCountry,
        Set<String> jurisdictionDivisions,
        String preferredLanguage) {

    public UserDetails {
        roles = roles == null ? Set.of() : Set.copyOf(roles);
        jurisdictionDivisions = jurisdictionDivisions == null ? Set.of() : Set.copyOf(jurisdictionDivisions);
    }
}
