package org.orepass.incident;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import org.orepass.custody.AnomalyKind;
import org.orepass.custody.CustodyAnomalyRecorded;
import org.orepass.site.MineSites;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Opens an incident (source AUTOMATIC_CHECK, chain-of-custody category, reported) for each custody anomaly, so
 * that CSO monitors and inspectors follow up signs of bag-and-tag laundering like any other report. Custody
 * announces the anomaly ({@link CustodyAnomalyRecorded}) and knows nothing of incidents.
 *
 * <p>A durable reaction ({@link ApplicationModuleListener}): the event publication registry records the event
 * with the custody step that published it, and this listener runs after that commit, on another thread, in a
 * transaction of its own; a failure here never undoes the custody step, and leaves the publication incomplete to
 * be re-sent (EventResubmission in the web module, docs/architecture.md "Events between features"). So it may hear
 * of one anomaly more than once (a re-send, or two nodes): one incident per anomaly, checked here and guaranteed
 * by the unique anomaly column (a racing second delivery fails on it and is re-sent, then finds the incident).
 */
@Component
class AutomaticIncidents {

    /** Site localities may be longer than an incident's. */
    private static final int MAX_LOCALITY = 120;

    private final Incidents incidents;
    private final IncidentCategories categories;
    private final MineSites sites;
    private final Clock clock;

    public AutomaticIncidents(Incidents incidents, IncidentCategories categories, MineSites sites, Clock clock) {
        this.incidents = incidents;
        this.categories = categories;
        this.sites = sites;
        this.clock = clock;
    }

    @ApplicationModuleListener
    public void on(CustodyAnomalyRecorded anomaly) {
        open(anomaly);
    }

    /** The incident for an anomaly; none when one was already opened for it. */
    java.util.Optional<Incident> open(CustodyAnomalyRecorded anomaly) {
        if (incidents.existsByCustodyAnomalyId(anomaly.anomalyId())) {
            return java.util.Optional.empty();
        }
        var site = anomaly.siteId() == null ? null : sites.findById(anomaly.siteId()).orElse(null);
        var country = site != null ? site.getCountry() : anomaly.country();
        if (country == null) {
            // Nowhere to place it (custody always gives a site or a country; kept as a guard).
            return java.util.Optional.empty();
        }
        var category = categories.findByCode(categoryCode(anomaly.kind())).orElseThrow();
        var today = LocalDate.now(clock);
        var occurredOn = LocalDate.ofInstant(anomaly.recordedAt(), clock.getZone());
        var details = new IncidentDetails(category.getId(), severity(anomaly.kind()),
                occurredOn.isAfter(today) ? today : occurredOn, null, null, null, null, null,
                description(anomaly), true, AffectedPeople.NONE, null, null);
        var incident = Incident.detectedByCheck(details, category, lots(anomaly, country), anomaly.anomalyId(),
                clock.instant(), today);
        if (site != null) {
            var locality = site.getLocality();
            incident.placeAt(site.getId(), site.getCountry(), site.getDivision(),
                    locality == null || locality.length() <= MAX_LOCALITY ? locality
                            : locality.substring(0, MAX_LOCALITY));
        } else {
            incident.placeAt(null, country, null, null);
        }
        return java.util.Optional.of(incidents.add(incident));
    }

    /** The lots the step named that exist now, and for a tag anomaly the lots that already carry the tag. */
    private Set<Long> lots(CustodyAnomalyRecorded anomaly, String country) {
        var ids = new LinkedHashSet<Long>();
        if (!anomaly.lotIds().isEmpty()) {
            incidents.lotsById(anomaly.lotIds()).forEach(lot -> ids.add(lot.id()));
        }
        if (anomaly.tagNumber() != null && isTagMisuse(anomaly.kind())) {
            incidents.lotsTagged(country, anomaly.tagNumber()).forEach(lot -> ids.add(lot.id()));
        }
        return ids;
    }

    /** The taxonomy's chain-of-custody entries (V17, V21). */
    static String categoryCode(AnomalyKind kind) {
        return switch (kind) {
            // A mass balance broken in its metal: the nearest entry of the taxonomy.
            case WEIGHT_DIFFERENCE, METAL_BALANCE -> "WEIGHT_MISMATCH";
            case OVER_CAPACITY -> "PRODUCTION_OVER_CAPACITY";
            case UNKNOWN_TAG, TAG_REUSED, TAG_VOIDED, TAG_FROM_OTHER_SITE -> "TAG_MISUSE";
            // V63: material over a border without a valid certificate (docs/borders.md).
            case SUSPECT_IMPORT -> "IMPORT_WITHOUT_CERTIFICATE";
        };
    }

    /**
     * ITSCI levels: a tag used twice or at another site, and production beyond what the site can yield, are the
     * classic signs of minerals from elsewhere being laundered in (level 2, to verify before it is called an
     * Annex II risk), as is metal out of a processing beyond what went in; an unknown or voided tag and a weight
     * difference are more often mistakes (level 3).
     */
    static int severity(AnomalyKind kind) {
        return switch (kind) {
            // An import without a certificate is how foreign material is laundered into a country's exports.
            case TAG_REUSED, TAG_FROM_OTHER_SITE, OVER_CAPACITY, METAL_BALANCE, SUSPECT_IMPORT -> 2;
            case UNKNOWN_TAG, TAG_VOIDED, WEIGHT_DIFFERENCE -> 3;
        };
    }

    private static boolean isTagMisuse(AnomalyKind kind) {
        return kind == AnomalyKind.TAG_REUSED || kind == AnomalyKind.TAG_FROM_OTHER_SITE
                || kind == AnomalyKind.TAG_VOIDED;
    }

    /**
     * What the check saw, as recorded (data, in the language of the record); kept sensitive because it names
     * sites and organisations, which the public pages never show.
     */
    private static String description(CustodyAnomalyRecorded anomaly) {
        var text = "Automatic custody check: " + anomaly.kind() + " (custody anomaly " + anomaly.anomalyId() + ")"
                + (anomaly.tagNumber() == null ? "" : ", tag " + anomaly.tagNumber())
                + (anomaly.details() == null ? "" : ". " + anomaly.details());
        return text.length() <= Incident.MAX_DESCRIPTION ? text : text.substring(0, Incident.MAX_DESCRIPTION);
    }
}
