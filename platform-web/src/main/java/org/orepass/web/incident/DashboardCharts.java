package org.orepass.web.incident;

import java.time.YearMonth;
import java.util.List;
import java.util.function.Function;
import org.orepass.incident.IncidentFigures;
import org.orepass.incident.IncidentSearch;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Turns the figures into bars the template draws as SVG and as a table: a label (a message key or a literal),
 * the count, the bar's length in percent, and the link to the incidents behind it (the current filters plus
 * the bar's own).
 */
final class DashboardCharts {

    record Bar(String labelKey, String labelText, long count, int percent, String href) {
    }

    record Chart(String titleKey, List<Bar> bars) {
    }

    private DashboardCharts() {
    }

    static List<Chart> of(IncidentFigures figures, IncidentSearch search, CategoryOptions categories,
            String listBase) {
        return List.of(
                chart("incident.dashboard.by-category", figures.byCategory(), count -> new Bar(null,
                        categories.names().get(Long.valueOf(count.key())), count.count(), 0,
                        link(listBase, search, "category", count.key()))),
                chart("incident.dashboard.by-severity", figures.bySeverity(), count -> new Bar(
                        "incident.severity." + count.key(), null, count.count(), 0,
                        link(listBase, search, "severity", count.key()))),
                chart("incident.dashboard.by-status", figures.byStatus(), count -> new Bar(
                        "incident.status." + count.key(), null, count.count(), 0,
                        link(listBase, search, "status", count.key()))),
                chart("incident.dashboard.by-division", figures.byDivision(), count -> new Bar(null, count.key(),
                        count.count(), 0, link(listBase, search, count.key().length() == 2 ? "country" : "division",
                                count.key()))),
                chart("incident.dashboard.by-month", figures.byMonth(), count -> new Bar(null, count.key(),
                        count.count(), 0, monthLink(listBase, search, count.key()))));
    }

    private static Chart chart(String titleKey, List<IncidentFigures.Count> counts,
            Function<IncidentFigures.Count, Bar> bar) {
        var max = IncidentFigures.max(counts);
        return new Chart(titleKey, counts.stream().map(bar).map(b -> new Bar(b.labelKey(), b.labelText(),
                b.count(), (int) Math.max(1, Math.round(100.0 * b.count() / max)), b.href())).toList());
    }

    /** The list of the current filters, with one filter replaced. */
    static String link(String listBase, IncidentSearch search, String name, String value) {
        var builder = base(listBase, search);
        builder.replaceQueryParam(name, value);
        return builder.build().encode().toUriString();
    }

    private static String monthLink(String listBase, IncidentSearch search, String key) {
        YearMonth month;
        try {
            month = YearMonth.parse(key);
        } catch (java.time.DateTimeException notAMonth) {
            return null;
        }
        var builder = base(listBase, search);
        builder.replaceQueryParam("from", month.atDay(1).toString());
        builder.replaceQueryParam("to", month.atEndOfMonth().toString());
        return builder.build().encode().toUriString();
    }

    static UriComponentsBuilder base(String listBase, IncidentSearch search) {
        var builder = UriComponentsBuilder.fromPath(listBase);
        param(builder, "category", search.categoryId());
        param(builder, "severity", search.severity());
        param(builder, "country", search.country());
        param(builder, "division", search.division());
        param(builder, "mineral", search.mineral());
        param(builder, "from", search.from());
        param(builder, "to", search.to());
        return builder;
    }

    private static void param(UriComponentsBuilder builder, String name, Object value) {
        if (value != null) {
            builder.queryParam(name, value);
        }
    }
}
