package org.orepass.persistence.alert;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.orepass.alert.AlertKind;
import org.orepass.alert.internal.AlertRecipients;
import org.orepass.alert.internal.DueAlerts;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Who an alert goes to, in plain SQL over the accounts and the custody, export, incident and risk tables (read
 * only). The holders of a site's lots come from one recursive query forward through {@code lot_input}, the same
 * walk as {@code JdbcLotGraph.downstream}, started from every production lot of the site.
 */
@Repository
class JdbcAlertRecipients implements AlertRecipients, DueAlerts {

    private static final String PERSON = "u.id, u.username, u.email, u.preferred_language";
    private static final String TRADERS_OF_ORG = """
            select distinct %s from user_account u join user_role r on r.user_id = u.id
            where u.active and u.organisation_id = :org and r.role in ('OPERATOR', 'EXPORTER')
            """.formatted(PERSON);
    /**
     * The due items leave out those already alerted: {@code Alerting} writes a line in {@code alert_notice} for each
     * recipient under the key {@code KIND:eventKey} (index {@code alert_notice_event_key_idx}, V112). Each query
     * builds the event key once, in SQL ({@code k.event_key}), for this check and for the {@code Due} it returns, so
     * the two cannot drift. (Until 2026-12-08 the oldest items came back whether alerted or not: past the limit, the
     * later ones were never alerted.)
     */
    private static final String NOT_ALERTED =
            "not exists (select 1 from alert_notice n where n.event_key = :kind || ':' || k.event_key)";

    private final NamedParameterJdbcTemplate jdbc;

    JdbcAlertRecipients(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    private static Recipient person(ResultSet rs, int n) throws SQLException {
        return new Recipient(rs.getLong("id"), rs.getString("username"), rs.getString("email"),
                rs.getString("preferred_language"));
    }

    @Override
    public List<Recipient> holdersOfLotsFrom(long siteId) {
        return jdbc.query("""
                with recursive chain(id) as (
                    select id from lot where site_id = :site and originating_operation = 'PRODUCTION'
                  union
                    select li.lot_id from lot_input li join chain on li.input_lot_id = chain.id
                )
                select distinct %s
                from chain join lot l on l.id = chain.id
                join user_account u on u.organisation_id = l.custodian_id and u.active
                join user_role r on r.user_id = u.id and r.role in ('OPERATOR', 'EXPORTER')
                where l.remaining_kg > 0 and l.originating_operation <> 'PRODUCTION'
                order by u.id""".formatted(PERSON), new MapSqlParameterSource("site", siteId),
                JdbcAlertRecipients::person);
    }

    @Override
    public List<Recipient> reviewersOfShipment(long shipmentId) {
        return jdbc.query("""
                select distinct %s from export_shipment s join organisation o on o.id = s.exporter_id
                join user_account u on u.jurisdiction_country = o.country and u.active
                join user_role r on r.user_id = u.id and r.role = 'INSPECTOR'
                where s.id = :id order by u.id""".formatted(PERSON), new MapSqlParameterSource("id", shipmentId),
                JdbcAlertRecipients::person);
    }

    @Override
    public Optional<List<String>> shipmentFacts(long shipmentId) {
        return jdbc.query("""
                select o.name, s.mineral from export_shipment s join organisation o on o.id = s.exporter_id
                where s.id = :id""", new MapSqlParameterSource("id", shipmentId),
                (rs, n) -> List.of(rs.getString(1), rs.getString(2))).stream().findFirst();
    }

    @Override
    public Optional<List<String>> siteFacts(long siteId) {
        return jdbc.query("select name, icglr_id from mine_site where id = :id",
                new MapSqlParameterSource("id", siteId), (rs, n) -> List.of(rs.getString(1), rs.getString(2)))
                .stream().findFirst();
    }

    @Override
    public Optional<Recipient> byUsername(String username) {
        return jdbc.query("select " + PERSON + " from user_account u where lower(u.username) = lower(:name)",
                new MapSqlParameterSource("name", username), JdbcAlertRecipients::person).stream().findFirst();
    }

    @Override
    public List<Due> overdueIncidents(LocalDate today, int limit) {
        record Overdue(long id, LocalDate due, String country, String division, String key) {
        }
        var rows = jdbc.query("""
                select i.id, i.review_due, i.country, i.division, k.event_key from incident i
                cross join lateral (select 'incident:' || i.id || ':due:' || to_char(i.review_due, 'YYYY-MM-DD')
                                    as event_key) k
                where i.review_due < :today and i.status not in ('DISMISSED', 'RESOLVED') and %s
                order by i.review_due, i.id limit :limit""".formatted(NOT_ALERTED),
                new MapSqlParameterSource("today", Date.valueOf(today)).addValue("limit", limit)
                        .addValue("kind", AlertKind.OVERDUE_INCIDENT.name()),
                (rs, n) -> new Overdue(rs.getLong("id"), rs.getDate("review_due").toLocalDate(),
                        rs.getString("country"), rs.getString("division"), rs.getString("event_key")));
        var result = new ArrayList<Due>();
        for (var row : rows) {
            result.add(new Due(row.key(), "/incidents/" + row.id(),
                    List.of(String.valueOf(row.id()), row.due().toString()),
                    row.country() == null ? List.of() : placeWatchers(row.country(), row.division())));
        }
        return result;
    }

    /** The inspectors whose jurisdiction covers the place and the CSO monitors of the country. */
    private List<Recipient> placeWatchers(String country, String division) {
        return jdbc.query("""
                select distinct %s from user_account u join user_role r on r.user_id = u.id
                where u.active and (
                    (r.role = 'INSPECTOR' and u.jurisdiction_country = :country
                     and (not exists (select 1 from user_jurisdiction_division d where d.user_id = u.id)
                          or exists (select 1 from user_jurisdiction_division d
                                     where d.user_id = u.id and d.division = :division)))
                 or (r.role = 'CSO_MONITOR'
                     and exists (select 1 from organisation o where o.id = u.organisation_id and o.country = :country)))
                order by u.id""".formatted(PERSON),
                new MapSqlParameterSource("country", country).addValue("division", division),
                JdbcAlertRecipients::person);
    }

    @Override
    public List<Due> plansDueForReview(LocalDate today, int limit) {
        record Plan(LocalDate target, long assessment, long org, String key) {
        }
        var rows = jdbc.query("""
                select p.target_date, a.id as assessment_id, a.assessing_org_id, k.event_key
                from risk_mitigation_plan p join risk_assessment a on a.id = p.assessment_id
                cross join lateral (select 'plan:' || p.id || ':target:' || to_char(p.target_date, 'YYYY-MM-DD')
                                    as event_key) k
                where p.target_date <= :today and p.outcome is null and %s
                order by p.target_date, p.id limit :limit""".formatted(NOT_ALERTED),
                new MapSqlParameterSource("today", Date.valueOf(today)).addValue("limit", limit)
                        .addValue("kind", AlertKind.PLAN_REVIEW_DUE.name()),
                (rs, n) -> new Plan(rs.getDate("target_date").toLocalDate(), rs.getLong("assessment_id"),
                        rs.getLong("assessing_org_id"), rs.getString("event_key")));
        var result = new ArrayList<Due>();
        for (var row : rows) {
            result.add(new Due(row.key(), "/risk/assessments/" + row.assessment(),
                    List.of(String.valueOf(row.assessment()), row.target().toString()),
                    jdbc.query(TRADERS_OF_ORG, new MapSqlParameterSource("org", row.org()),
                            JdbcAlertRecipients::person)));
        }
        return result;
    }

    @Override
    public List<Due> assessmentsToSignOff(int limit) {
        record Waiting(long id, long org, String key, List<String> notBy) {
        }
        // The key: the decision's time in milliseconds (java.sql.Timestamp.getTime, as it was built in Java until
        // 2026-12-08) while a decision waits, else who lowered the level.
        var rows = jdbc.query("""
                select a.id, a.assessing_org_id, a.created_by, a.decided_by, a.decision_status, a.lowered_by,
                       a.lowering_signed_off_by, k.event_key
                from risk_assessment a
                cross join lateral (select 'assessment:' || a.id || ':' || case
                        when a.decision_status = 'PENDING_SIGN_OFF' and a.decided_at is not null
                        then (extract(epoch from date_trunc('milliseconds', a.decided_at)) * 1000)::bigint::text
                        else 'lowered:' || coalesce(a.lowered_by, 'null') end as event_key) k
                where (a.decision_status = 'PENDING_SIGN_OFF'
                       or (a.lowered_by is not null and a.lowering_signed_off_by is null)) and %s
                order by a.id limit :limit""".formatted(NOT_ALERTED), new MapSqlParameterSource("limit", limit)
                        .addValue("kind", AlertKind.ASSESSMENT_TO_SIGN_OFF.name()), (rs, n) -> {
                    var notBy = new ArrayList<String>();
                    notBy.add(rs.getString("created_by"));
                    var pending = "PENDING_SIGN_OFF".equals(rs.getString("decision_status"));
                    if (pending) {
                        notBy.add(rs.getString("decided_by"));
                    }
                    if (rs.getString("lowered_by") != null && rs.getString("lowering_signed_off_by") == null) {
                        notBy.add(rs.getString("lowered_by"));
                    }
                    return new Waiting(rs.getLong("id"), rs.getLong("assessing_org_id"), rs.getString("event_key"),
                            notBy);
                });
        var result = new ArrayList<Due>();
        for (var row : rows) {
            var people = jdbc.query(TRADERS_OF_ORG, new MapSqlParameterSource("org", row.org()),
                    JdbcAlertRecipients::person).stream()
                    .filter(person -> row.notBy().stream().noneMatch(person.username()::equalsIgnoreCase)).toList();
            result.add(new Due(row.key(), "/risk/assessments/" + row.id(), List.of(String.valueOf(row.id())),
                    people));
        }
        return result;
    }
}
