package org.orepass.account;

import java.util.Set;

/**
 * Who is asking, as use cases need it for authorisation: roles, organisation and (for inspectors) jurisdiction.
 * The web layer builds it from the signed-in user; use cases decide with it, so no page or API can skip a check.
 */
public record Actor(String username, Long organisationId, Set<Role> roles, String jurisdictionCountry,
        Set<String> jurisdictionDivisions) {

    public Actor {
        roles = Set.copyOf(roles);
        jurisdictionDivisions = jurisdictionDivisions == null ? Set.of() : Set.copyOf(jurisdictionDivisions);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** An inspector's jurisdiction covers the place: their country, and their divisions if they have any. */
    public boolean inspectsIn(String country, String division) {
        return has(Role.INSPECTOR) && country != null && country.equals(jurisdictionCountry)
                && (jurisdictionDivisions.isEmpty() || jurisdictionDivisions.contains(division));
    }
}
