package org.orepass.risk;

import org.orepass.risk.internal.CahraAreas;
import org.orepass.risk.internal.RiskAccessDenied;
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

    /** The largest list file accepted. */
    public static final int MAX_FILE_MEGABYTES = 1;

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

    /** What a load did: entries added, entries of the same source (or of the demo list) replaced, places kept. */
    public record LoadResult(int added, int replaced, int keptFromOtherSources) {
    }

    /**
     * Loads a list from a CSV file ({@link CahraListFile}) with its source and date, all or nothing: a file with any
     * bad line is refused with every bad line named, and nothing changes. The load replaces the entries of the same
     * source (a newer edition of the EU's indicative list replaces the older one, areas it no longer names drop
     * out) and the example entries of demo mode; entries from other sources stay, and a place another source
     * already lists keeps that entry.
     */
    public LoadResult load(Actor actor, byte[] content, String source, LocalDate listedOn) {
        requireAdmin(actor);
        if (content == null || content.length == 0) {
            throw new DomainRuleViolation("file", "risk.cahra.load.empty");
        }
        if (content.length > MAX_FILE_MEGABYTES * 1024L * 1024L) {
            // 5,000 lines of "CD,CD-NK" are some 50 kB; anything near this is not a list of areas.
            throw new DomainRuleViolation("file", "risk.cahra.load.file.too-large", MAX_FILE_MEGABYTES);
        }
        if (source == null || source.isBlank()) {
            throw new DomainRuleViolation("source", "risk.cahra.source.required");
        }
        if (source.strip().length() > 300) {
            throw new DomainRuleViolation("source", "risk.cahra.source.long");
        }
        if (listedOn == null) {
            throw new DomainRuleViolation("listedOn", "risk.cahra.listedOn.required");
        }
        if (listedOn.isAfter(LocalDate.now(clock))) {
            throw new DomainRuleViolation("listedOn", "risk.cahra.listedOn.future");
        }
        var parsed = CahraListFile.parse(content);
        if (!parsed.errors().isEmpty()) {
            throw new CahraLoadRefused(parsed.errors());
        }
        if (parsed.rows().isEmpty()) {
            throw new DomainRuleViolation("file", "risk.cahra.load.empty");
        }
        var name = source.strip();
        var replaced = areas.listed().stream()
                .filter(area -> area.isDemo() || area.getSource().equalsIgnoreCase(name)).toList();
        areas.removeAll(replaced);
        int added = 0;
        int kept = 0;
        var now = clock.instant();
        for (var row : parsed.rows()) {
            if (areas.listedAlready(row.country(), row.division())) {
                kept++;
                continue;
            }
            areas.add(new CahraArea(row.country(), row.division(), name, listedOn, actor.username(), now));
            added++;
        }
        return new LoadResult(added, replaced.size(), kept);
    }

    /** The example list of demo mode: eastern DRC provinces, marked as demo data. */
    static final List<String> DEMO_DIVISIONS = List.of("CD-NK", "CD-SK", "CD-IT", "CD-MA", "CD-TA", "CD-HK");

    public static final String DEMO_SOURCE = "Demo data: an example, not an official CAHRA list";

    /**
     * Demo mode only (the demo runner calls it): an empty list gets the example entries, so CAHRA flags work out of
     * the box. A list that has entries is left alone.
     */
    public int seedDemoList() {
        if (!areas.listed().isEmpty()) {
            return 0;
        }
        var today = LocalDate.now(clock);
        for (var division : DEMO_DIVISIONS) {
            areas.add(CahraArea.demo("CD", division, DEMO_SOURCE, today, clock.instant()));
        }
        return DEMO_DIVISIONS.size();
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
