package org.orepass.risk;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.orepass.account.Actor;
import org.orepass.account.Role;
import org.orepass.geography.Countries;
import org.orepass.shared.DomainRuleViolation;
import org.orepass.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** ADMIN keeps the list of conflict-affected and high-risk areas; red flags read it on every page view. */
@Service
@Transactional
public class CahraList {

    private final CahraAreas areas;
    private final Clock clock;

    public CahraList(CahraAreas areas, Clock clock) {
        this.areas = areas;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<CahraArea> listed() {
        return areas.listed();
    }

    public CahraArea add(Actor actor, String country, String division, String source, LocalDate listedOn) {
        requireAdmin(actor);
        if (country == null || !Countries.isCountry(country)) {
            throw new DomainRuleViolation("country", "risk.cahra.country.unknown");
        }
        var place = division == null || division.isBlank() ? null : division.trim().toUpperCase(java.util.Locale.ROOT);
        if (place != null && !Countries.isDivisionOf(place, country)) {
            throw new DomainRuleViolation("division", "risk.cahra.division.country", country);
        }
        if (source == null || source.isBlank()) {
            throw new DomainRuleViolation("source", "risk.cahra.source.required");
        }
        if (listedOn == null) {
            throw new DomainRuleViolation("listedOn", "risk.cahra.listedOn.required");
        }
        if (listedOn.isAfter(LocalDate.now(clock))) {
            throw new DomainRuleViolation("listedOn", "risk.cahra.listedOn.future");
        }
        if (areas.listedAlready(country, place)) {
            throw new DomainRuleViolation(place == null ? "country" : "division", "risk.cahra.duplicate");
        }
        return areas.add(new CahraArea(country, place, source.trim(), listedOn, actor.username(), clock.instant()));
    }

    public void remove(Actor actor, Long id) {
        requireAdmin(actor);
        areas.remove(areas.findById(id).orElseThrow(() -> new NotFoundException("CahraArea", id)));
    }

    private static void requireAdmin(Actor actor) {
        if (!actor.has(Role.ADMIN)) {
            throw new RiskAccessDenied("change the CAHRA list");
        }
    }
}
