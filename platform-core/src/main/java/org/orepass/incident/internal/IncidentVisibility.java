package org.orepass.incident.internal;

import org.orepass.incident.IncidentAccess;
import java.util.Set;
import org.orepass.account.Actor;
import org.orepass.account.Role;

/**
 * Which incidents a list may show an actor, in SQL terms: all; those of an inspector's jurisdiction; those the
 * organisation reported or that happened at its sites. The same rule as {@link IncidentAccess#maySee}.
 */
public record IncidentVisibility(boolean all, String country, Set<String> divisions, Long organisationId) {

    public IncidentVisibility {
        divisions = divisions == null ? Set.of() : Set.copyOf(divisions);
    }

    public static IncidentVisibility of(Actor actor) {
        if (IncidentAccess.seesAll(actor)) {
            return new IncidentVisibility(true, null, Set.of(), null);
        }
        var country = actor.has(Role.INSPECTOR) ? actor.jurisdictionCountry() : null;
        return new IncidentVisibility(false, country, actor.jurisdictionDivisions(), actor.organisationId());
    }

    /** Verified incidents as the public sees them. */
    public static IncidentVisibility publicView() {
        return new IncidentVisibility(true, null, Set.of(), null);
    }
}
