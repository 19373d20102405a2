package org.orepass.offline;

import java.util.List;
import java.util.Set;
import org.orepass.account.Actor;
import org.orepass.account.Role;
import org.orepass.offline.internal.PackRows;
import org.orepass.organisation.Organisations;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a phone takes into the field: the sites an inspector's jurisdiction covers (a CSO monitor: their
 * organisation's country), each with its version and status (so that a record made offline is checked against
 * the site as it was), and the incident categories. Only for inspectors and CSO monitors.
 */
@Service
@Transactional(readOnly = true)
public class OfflinePack {

    /** At most this many sites in one pack (docs/offline.md: its size). */
    public static final int MAX_SITES = 2000;

    public record PackSite(long id, String name, String icglrId, String country, String division, String status,
            long version) {
    }

    public record PackCategory(long id, String code, boolean annexIi) {
    }

    public record Pack(String country, Set<String> divisions, List<PackSite> sites, List<PackCategory> categories) {
    }

    private final PackRows rows;
    private final Organisations organisations;

    public OfflinePack(PackRows rows, Organisations organisations) {
        this.rows = rows;
        this.organisations = organisations;
    }

    public static boolean mayUse(Actor actor) {
        return actor.has(Role.INSPECTOR) || actor.has(Role.CSO_MONITOR);
    }

    public Pack of(Actor actor) {
        if (!mayUse(actor)) {
            throw new org.orepass.shared.NotFoundException("OfflinePack", actor.username());
        }
        String country;
        Set<String> divisions;
        if (actor.has(Role.INSPECTOR) && actor.jurisdictionCountry() != null) {
            country = actor.jurisdictionCountry();
            divisions = actor.jurisdictionDivisions();
        } else {
            country = actor.organisationId() == null ? null
                    : organisations.findById(actor.organisationId()).map(o -> o.getCountry()).orElse(null);
            divisions = Set.of();
        }
        if (country == null) {
            return new Pack(null, Set.of(), List.of(), rows.categories());
        }
        return new Pack(country, divisions, rows.sites(country, divisions, MAX_SITES), rows.categories());
    }
}
