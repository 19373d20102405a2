package org.orepass.persistence.incident;

import java.util.List;
import org.orepass.custody.AnomalyKind;
import org.orepass.custody.CustodyAnomalyRecorded;
import org.orepass.incident.UnreportedAnomalies;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Anomalies without an incident, by id (the anomaly's primary key and the incident's unique column). */
@Repository
@Transactional(readOnly = true)
class JdbcUnreportedAnomalies implements UnreportedAnomalies {

    private final NamedParameterJdbcTemplate jdbc;

    JdbcUnreportedAnomalies(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<CustodyAnomalyRecorded> after(long afterId, int limit) {
        return jdbc.query("""
                select a.id, a.kind, a.tag_number, a.site_id, s.country, a.recorded_at, a.details
                from custody_anomaly a left join mine_site s on s.id = a.site_id
                where a.id > :after
                  -- A custody step still running on another node announces its own anomaly, with its lots.
                  and a.recorded_at < now() - interval '10 minutes'
                  and not exists (select 1 from incident i where i.custody_anomaly_id = a.id)
                order by a.id limit :limit""",
                new MapSqlParameterSource("after", afterId).addValue("limit", limit),
                (rs, row) -> new CustodyAnomalyRecorded(rs.getLong("id"), AnomalyKind.valueOf(rs.getString("kind")),
                        rs.getString("tag_number"), (Long) rs.getObject("site_id"), rs.getString("country"),
                        List.of(), rs.getTimestamp("recorded_at").toInstant(), rs.getString("details")));
    }
}
