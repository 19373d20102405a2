package org.orepass.incident;

import org.orepass.incident.internal.DivisionCentres;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Places the dashboard's counts by division on a map: each division at the centre of its registered sites
 * ({@link DivisionCentres}), rounded to a tenth of a degree (about 11 km) because the map shows divisions, not
 * sites. A count with no division (the country only) or a division without enough sites has no position; the
 * map's table still lists it.
 */
@Service
@Transactional(readOnly = true)
public class IncidentPlaces {

    /**
     * The public map places a division only when at least this many registered sites make its centre, so the
     * circle never sits on the one site of a division (the public sees places at division level only, and the
     * registry's positions are not public).
     */
    public static final int PUBLIC_MIN_SITES = 3;

    private static final double ROUNDING_DEGREES = 0.1;

    private final DivisionCentres centres;

    public IncidentPlaces(DivisionCentres centres) {
        this.centres = centres;
    }

    /** One division's count, with its position (both null when it cannot be placed). */
    public record Place(String division, long count, Double latitude, Double longitude) {

        public boolean placed() {
            return latitude != null;
        }
    }

    /** The divisions of the figures, in their order (most incidents first), placed where possible. */
    public List<Place> of(IncidentFigures figures, boolean publicView) {
        var divisions = figures.byDivision().stream().map(IncidentFigures.Count::key)
                .filter(IncidentPlaces::isDivision).toList();
        var found = divisions.isEmpty() ? java.util.Map.<String, DivisionCentres.DivisionCentre>of()
                : centres.of(divisions);
        return figures.byDivision().stream().map(count -> {
            var centre = found.get(count.key());
            if (centre == null || (publicView && centre.sites() < PUBLIC_MIN_SITES)) {
                return new Place(count.key(), count.count(), null, null);
            }
            return new Place(count.key(), count.count(), round(centre.latitude()), round(centre.longitude()));
        }).toList();
    }

    /** The figures count an incident with no division under its country code (two letters). */
    static boolean isDivision(String key) {
        return key != null && key.length() > 2;
    }

    static double round(double degrees) {
        return Math.round(degrees / ROUNDING_DEGREES) * ROUNDING_DEGREES;
    }
}
