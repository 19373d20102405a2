package org.orepass.revenue.internal;

import java.util.Set;

/**
 * Which taxes someone may see, as list and report queries filter them: all of them; a jurisdiction (a country,
 * and its listed divisions if any); the taxes one organisation pays; or nothing.
 */
public record RevenueScope(boolean all, String country, Set<String> divisions, Long payerId) {

    public RevenueScope {
        divisions = divisions == null ? Set.of() : Set.copyOf(divisions);
    }

    public static RevenueScope everything() {
        return new RevenueScope(true, null, Set.of(), null);
    }

    public static RevenueScope jurisdiction(String country, Set<String> divisions) {
        return new RevenueScope(false, country, divisions, null);
    }

    public static RevenueScope payer(Long organisationId) {
        return new RevenueScope(false, null, Set.of(), organisationId);
    }

    public static RevenueScope nothing() {
        return new RevenueScope(false, null, Set.of(), null);
    }

    public boolean isNothing() {
        return !all && country == null && payerId == null;
    }
}
