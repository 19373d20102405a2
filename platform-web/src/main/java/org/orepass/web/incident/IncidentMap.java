package org.orepass.web.incident;

import java.util.ArrayList;
import java.util.List;
import org.orepass.incident.IncidentPlaces.Place;
import org.orepass.incident.IncidentSearch;
import org.orepass.site.SiteExtent.GeoBox;
import org.orepass.web.site.OutlineMap;

/**
 * The dashboard's map: one circle per division at its centre, its area growing with the count, a link to the
 * incidents behind it; the places the map cannot draw are still in the table beside it.
 */
record IncidentMap(int width, int height, List<OutlineMap.Shape> shapes, List<Mark> marks, List<Row> rows,
        boolean anyUnplaced) {

    /** A circle in SVG units. */
    record Mark(String division, long count, long x, long y, long radius, String href) {
    }

    /** A line of the table (the text alternative): every division of the figures, placed or not. */
    record Row(String division, long count, boolean placed, String href) {
    }

    static IncidentMap of(OutlineMap base, List<Place> places, IncidentSearch search, String listBase) {
        GeoBox box = null;
        for (var place : places) {
            if (place.placed()) {
                var here = new GeoBox(place.latitude(), place.longitude(), place.latitude(), place.longitude());
                box = box == null ? here : box.union(here);
            }
        }
        var view = base.view(search.country(), withRoomForCircles(box));
        var max = places.stream().mapToLong(Place::count).max().orElse(1);
        var marks = new ArrayList<Mark>();
        var rows = new ArrayList<Row>();
        for (var place : places) {
            // An incident with no division is counted under its country: link by country then.
            var href = DashboardCharts.link(listBase, search, place.division().length() == 2 ? "country" : "division",
                    place.division());
            rows.add(new Row(place.division(), place.count(), place.placed(), href));
            if (place.placed()) {
                marks.add(new Mark(place.division(), place.count(), view.x(place.longitude()),
                        view.y(place.latitude()), radius(place.count(), max), href));
            }
        }
        // Largest first, so smaller circles are drawn on top and stay clickable.
        marks.sort(java.util.Comparator.comparingLong(Mark::radius).reversed());
        return new IncidentMap(OutlineMap.WIDTH, OutlineMap.HEIGHT, view.shapes(), marks, rows,
                rows.stream().anyMatch(row -> !row.placed()));
    }

    /**
     * The places' box widened so the biggest circles (up to 60 units on a 1000-unit map) are not cut at its
     * edge: by a fifth of its span on each side, and at least half a degree.
     */
    static GeoBox withRoomForCircles(GeoBox box) {
        if (box == null) {
            return null;
        }
        var margin = Math.max(0.5, 0.2 * Math.max(box.north() - box.south(), box.east() - box.west()));
        return new GeoBox(box.south() - margin, box.west() - margin, box.north() + margin, box.east() + margin);
    }

    /** Area in proportion to the count (radius by square root), 10 to 60 units on a 1000-unit map. */
    static long radius(long count, long max) {
        return Math.round(10 + 50 * Math.sqrt((double) count / Math.max(1, max)));
    }
}
