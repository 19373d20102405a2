package org.orepass.persistence.alert;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
        record Overdue(long id, LocalDate due, String country, String division) {
        }
        var rows = jdbc.query("""
                select i.id, i.review_due, i.country, i.division from incident i
                where i.review_due < :today and i.status not in ('DISMISSED', 'RESOLVED')
                order by i.review_due, i.id limit :limit""",
                new MapSqlParameterSource("today", Date.valueOf(today)).addValue("limit", limit),
                (rs, n) -> new Overdue(rs.getLong("id"), rs.getDate("review_due").toLocalDate(),
                        rs.getString("country"), rs.getString("division")));
        var result = new ArrayList<Due>();
        for (var row : rows) {
            result.add(new Due("incident:" + row.id() + ":due:" + row.due(), "/incidents/" + row.id(),
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
        var rows = jdbc.query("""
                select p.id, p.target_date, a.id as assessment_id, a.assessing_org_id
                from risk_mitigation_plan p join risk_assessment a on a.id = p.assessment_id
                where p.target_date <= :today and p.outcome is null order by p.target_date, p.id limit :limit""",
                new MapSqlParameterSource("today", Date.valueOf(today)).addValue("limit", limit),
                (rs, n) -> new long[] {rs.getLong("id"), rs.getDate("target_date").toLocalDate().toEpochDay(),
                    rs.getLong("assessment_id"), rs.getLong("assessing_org_id")});
        var result = new ArrayList<Due>();
        for (var row : rows) {
            var target = LocalDate.ofEpochDay(row[1]);
            result.add(new Due("plan:" + row[0] + ":target:" + target, "/risk/assessments/" + row[2],
                    List.of(String.valueOf(row[2]), target.toString()),
                    jdbc.query(TRADERS_OF_ORG, new MapSqlParameterSource("org", row[3]),
                            JdbcAlertRecipients::person)));
        }
        return result;
    }

    @Override
    public List<Due> assessmentsToSignOff(int limit) {
        record Waiting(long id, long org, String key, List<String> notBy) {
        }
        var rows = jdbc.query("""
                select id, assessing_org_id, created_by, decided_by, decision_status, decided_at, lowered_by,
                       lowering_signed_off_by
                from risk_assessment
                where decision_status = 'PENDING_SIGN_OFF'
                   or (lowered_by is not null and lowering_signed_off_by is null)
                order by id limit :limit""", new MapSqlParameterSource("limit", limit), (rs, n) -> {
                    var notBy = new ArrayList<String>();
                    notBy.add(rs.getString("created_by"));
                    var pending = "PENDING_SIGN_OFF".equals(rs.getString("decision_status"));
                    if (pending) {
                        notBy.add(rs.getString("decided_by"));
                    }
                    if (rs.getString("lowered_by") != null && rs.getString("lowering_signed_off_by") == null) {
                        notBy.add(rs.getString("lowered_by"));
                    }
                    var decidedAt = rs.getTimestamp("decided_at");
                    return new Waiting(rs.getLong("id"), rs.getLong("assessing_org_id"),
                            "assessment:" + rs.getLong("id") + ":" + (pending && decidedAt != null
                                    ? decidedAt.getTime() : "lowered:" + rs.getString("lowered_by")),
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
