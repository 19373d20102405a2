package org.orepass.persistence.incident;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.orepass.incident.IncidentSearch;
import org.orepass.incident.IncidentStatus;
import org.orepass.incident.internal.IncidentVisibility;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/** The where clause the incident lists and dashboards share, on the alias {@code i} for the incident table. */
record IncidentFilterSql(String where, MapSqlParameterSource params) {

    static IncidentFilterSql of(IncidentSearch search, IncidentVisibility visibility, LocalDate today,
            boolean verifiedOnly) {
        var conditions = new ArrayList<String>();
        var params = new MapSqlParameterSource();
        if (verifiedOnly) {
            conditions.add("i.status in (:verified)");
            params.addValue("verified", IncidentStatus.VERIFIED_OR_LATER.stream().map(Enum::name).toList());
        }
        if (!visibility.all()) {
            var visible = new ArrayList<String>();
            if (visibility.country() != null) {
                visible.add(visibility.divisions().isEmpty() ? "i.country = :visibleCountry"
                        : "(i.country = :visibleCountry and i.division in (:visibleDivisions))");
                params.addValue("visibleCountry", visibility.country());
                params.addValue("visibleDivisions", List.copyOf(visibility.divisions()));
            }
            if (visibility.organisationId() != null) {
                visible.add("i.reporter_organisation_id = :visibleOrganisation");
                // An anonymous report at the organisation's site only once verified (IncidentAccess.shownToSiteOperator).
                visible.add("""
                        (i.site_id in (select s.id from mine_site s where s.owner_id = :visibleOrganisation
                            union select o.site_id from mine_site_operator o
                            where o.organisation_id = :visibleOrganisation)
                         and (i.source <> 'ANONYMOUS_PUBLIC' or i.status in (:operatorSeesAnonymous)))""");
                params.addValue("visibleOrganisation", visibility.organisationId());
                params.addValue("operatorSeesAnonymous",
                        IncidentStatus.VERIFIED_OR_LATER.stream().map(Enum::name).toList());
            }
            conditions.add(visible.isEmpty() ? "false" : "(" + String.join(" or ", visible) + ")");
        }
        if (search.status() != null) {
            conditions.add("i.status = :status");
            params.addValue("status", search.status().name());
        }
        if (search.categoryId() != null) {
            conditions.add("i.category_id in (select c.id from incident_category c "
                    + "where c.id = :category or c.parent_id = :category)");
            params.addValue("category", search.categoryId());
        }
        if (search.severity() != null) {
            conditions.add("i.severity = :severity");
            params.addValue("severity", search.severity());
        }
        if (search.country() != null) {
            conditions.add("i.country = :country");
            params.addValue("country", search.country());
        }
        if (search.division() != null) {
            conditions.add("i.division = :division");
            params.addValue("division", search.division());
        }
        if (search.mineral() != null) {
            conditions.add("i.mineral = :mineral");
            params.addValue("mineral", search.mineral().name());
        }
        if (search.from() != null) {
            conditions.add("i.occurred_on >= :from");
            params.addValue("from", Date.valueOf(search.from()));
        }
        if (search.to() != null) {
            conditions.add("i.occurred_on <= :to");
            params.addValue("to", Date.valueOf(search.to()));
        }
        if (search.overdue()) {
            conditions.add("i.review_due < :today and i.status not in ('DISMISSED', 'RESOLVED')");
            params.addValue("today", Date.valueOf(today));
        }
        return new IncidentFilterSql(conditions.isEmpty() ? "true" : String.join(" and ", conditions), params);
    }
}
