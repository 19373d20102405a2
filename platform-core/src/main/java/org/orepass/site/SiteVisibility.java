package org.orepass.site;

import org.orepass.account.Actor;
import org.orepass.account.Role;

/** Which sites a list may show an actor: all, those of one organisation, or none. */
public record SiteVisibility(boolean all, Long organisationId) {

    public static SiteVisibility of(Actor actor) {
        if (actor.has(Role.ADMIN) || actor.has(Role.INSPECTOR) || actor.has(Role.CSO_MONITOR)
                || actor.has(Role.AUDITOR)) {
            return new SiteVisibility(true, null);
        }
        if (actor.has(Role.OPERATOR)) {
            return new SiteVisibility(false, actor.organisationId());
        }
        // Exporters will see the sites they source from once custody records exist.
        return new SiteVisibility(false, null);
    }
}
