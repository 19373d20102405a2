package org.orepass.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.orepass.account.Actor;
import org.orepass.custody.CustodyAccess;
import org.orepass.custody.Lot;
import org.orepass.custody.LotSearching;
import org.orepass.custody.Tags;
import org.orepass.export.ExportAccess;
import org.orepass.export.ExportCertificates;
import org.orepass.incident.IncidentAccess;
import org.orepass.incident.Incidents;
import org.orepass.shared.PageQuery;
import org.orepass.site.MineSite;
import org.orepass.site.MineSites;
import org.orepass.site.SiteAccess;
import org.orepass.site.SiteQueries;
import org.orepass.site.SiteSearch;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The search box: finds a mine site (by name, ICGLR id or national id), a lot (by its number or its tag's), a tag,
 * an export certificate (by serial) or an incident (by its number), each by the start of the number, case
 * ignored. Only what the reader may open is found, by the same rules as the pages the results link to: the site
 * list's visibility, the lot list's, tags for those who read a site's tags, certificates of shipments they may
 * see, incidents they may open.
 */
@Service
@Transactional(readOnly = true)
public class Searching {

    /** At most this many results of each kind. */
    public static final int PER_KIND = 10;

    /** Shorter queries find nothing: one character would match a large part of the registry. */
    public static final int MIN_LENGTH = 2;

    private static final Pattern INCIDENT_NUMBER = Pattern.compile("#?\\s*(\\d{1,18})");

    private final Identifiers identifiers;
    private final SiteQueries siteQueries;
    private final MineSites sites;
    private final LotSearching lots;
    private final Tags tags;
    private final ExportCertificates certificates;
    private final Incidents incidents;

    public Searching(Identifiers identifiers, SiteQueries siteQueries, MineSites sites, LotSearching lots, Tags tags,
            ExportCertificates certificates, Incidents incidents) {
        this.identifiers = identifiers;
        this.siteQueries = siteQueries;
        this.sites = sites;
        this.lots = lots;
        this.tags = tags;
        this.certificates = certificates;
        this.incidents = incidents;
    }

    /** One result: what it is called, a word about it, and the page that shows it. */
    public record Hit(String label, String detail, String link) {
    }

    public record Results(String query, List<Hit> sites, List<Hit> lots, List<Hit> tags, List<Hit> certificates,
            List<Hit> incidents) {

        public boolean isEmpty() {
            return sites.isEmpty() && lots.isEmpty() && tags.isEmpty() && certificates.isEmpty()
                    && incidents.isEmpty();
        }

        public int count() {
            return sites.size() + lots.size() + tags.size() + certificates.size() + incidents.size();
        }
    }

    public Results find(Actor actor, String query) {
        var q = query == null ? "" : query.strip();
        if (q.length() < MIN_LENGTH) {
            return new Results(q, List.of(), List.of(), List.of(), List.of(), List.of());
        }
        return new Results(q, sites(actor, q), lots(actor, q), tags(actor, q), certificates(actor, q),
                incidents(actor, q));
    }

    private List<Hit> sites(Actor actor, String q) {
        var found = new LinkedHashMap<Long, Hit>();
        // Identifiers first (an exact number is what a person typing one wants), then names: the site list's own
        // search, with its visibility.
        sites.findAllById(identifiers.sites(q, PER_KIND)).stream().filter(site -> SiteAccess.maySee(actor, site))
                .forEach(site -> found.putIfAbsent(site.getId(), siteHit(site)));
        siteQueries.list(actor, new SiteSearch(q, null, null, null, null, null, null, SiteSearch.Sort.NAME),
                        new PageQuery(0, PER_KIND)).items()
                .forEach(site -> found.putIfAbsent(site.id(), new Hit(site.name(), identifier(site.icglrId(),
                        site.nationalId(), site.country()), "/sites/" + site.id())));
        return found.values().stream().limit(PER_KIND).toList();
    }

    private static Hit siteHit(MineSite site) {
        return new Hit(site.getName(), identifier(site.getIcglrId().value(), site.getNationalId(), site.getCountry()),
                "/sites/" + site.getId());
    }

    private static String identifier(String icglrId, String nationalId, String country) {
        return icglrId != null ? icglrId : nationalId != null ? nationalId : country;
    }

    private List<Hit> lots(Actor actor, String q) {
        var found = new LinkedHashMap<Long, Hit>();
        lots.find(actor, q, null, PER_KIND).forEach(lot -> found.putIfAbsent(lot.getId(), lotHit(lot)));
        lots.find(actor, null, q, PER_KIND).forEach(lot -> found.putIfAbsent(lot.getId(), lotHit(lot)));
        return found.values().stream().limit(PER_KIND).toList();
    }

    private static Hit lotHit(Lot lot) {
        var tag = lot.getTag() == null ? "" : lot.getTag().getNumber() + " · ";
        return new Hit(lot.getLotNumber(), tag + lot.getCustodian().getName(), "/lots/" + lot.getId());
    }

    private List<Hit> tags(Actor actor, String q) {
        // A site's tags are read by those who check them (CustodyQueries.tagsOf); others find the tag's lot.
        if (!CustodyAccess.mayReadAnomalies(actor)) {
            return List.of();
        }
        var hits = new ArrayList<Hit>();
        for (var id : identifiers.tags(q, PER_KIND)) {
            tags.findById(id).filter(tag -> SiteAccess.maySee(actor, tag.getSite())).ifPresent(tag -> hits.add(
                    new Hit(tag.getNumber(), tag.getSite().getName() + " · " + tag.getStatus().name()
                            .toLowerCase(Locale.ROOT), "/sites/" + tag.getSite().getId() + "/tags")));
        }
        return hits;
    }

    private List<Hit> certificates(Actor actor, String q) {
        var hits = new ArrayList<Hit>();
        for (var numbered : identifiers.certificates(q, PER_KIND)) {
            certificates.bySerialNumber(numbered.country(), numbered.number())
                    .filter(certificate -> ExportAccess.maySee(actor, certificate.getShipment()))
                    .ifPresent(certificate -> hits.add(new Hit(certificate.getSerialNumber(),
                            certificate.getShipment().getExporter().getName(),
                            "/exports/" + certificate.getShipment().getId())));
        }
        return hits;
    }

    private List<Hit> incidents(Actor actor, String q) {
        var number = INCIDENT_NUMBER.matcher(q);
        if (!number.matches()) {
            return List.of();
        }
        long id;
        try {
            id = Long.parseLong(number.group(1));
        } catch (NumberFormatException tooLong) {
            return List.of();
        }
        // IncidentQueries.file's rule (IncidentAccess.maySee), asked without its NotFoundException: this is a
        // search, not a page that answers 404.
        return incidents.findById(id).filter(incident -> IncidentAccess.maySee(actor, incident,
                        incident.getSiteId() != null && actor.organisationId() != null
                                && incidents.operatesSite(actor.organisationId(), incident.getSiteId())))
                .map(incident -> List.of(new Hit("#" + incident.getId(), incident.getOccurredOn() + " · "
                        + incident.getCountry(), "/incidents/" + incident.getId())))
                .orElse(List.of());
    }
}
