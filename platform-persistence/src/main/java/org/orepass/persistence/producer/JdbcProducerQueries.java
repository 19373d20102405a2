package org.orepass.persistence.producer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.orepass.producer.internal.ProducerQueries;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

@Repository
@Transactional(readOnly = true)
class JdbcProducerQueries implements ProducerQueries {

    private final NamedParameterJdbcTemplate jdbc;

    JdbcProducerQueries(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<Long, List<Long>> producersOfSites(Collection<Long> siteIds) {
        var result = new LinkedHashMap<Long, List<Long>>();
        if (siteIds.isEmpty()) {
            return result;
        }
        var params = new MapSqlParameterSource("sites", siteIds.toArray(Long[]::new));
        jdbc.query("""
                select s.id as site_id, p.id as producer_id from mine_site s
                join producer_profile p on p.organisation_id = s.owner_id
                where s.id = any (cast(:sites as bigint[]))
                union
                select o.site_id, p.id from mine_site_operator o
                join producer_profile p on p.organisation_id = o.organisation_id
                where o.site_id = any (cast(:sites as bigint[]))
                order by 1, 2
                """, params, rs -> {
            result.computeIfAbsent(rs.getLong("site_id"), k -> new ArrayList<>()).add(rs.getLong("producer_id"));
        });
        return result;
    }

    @Override
    public Set<Long> buyersOf(Long organisationId) {
        return new HashSet<>(jdbc.queryForList("""
                select distinct buyer_id from custody_transfer where seller_id = :org
                """, new MapSqlParameterSource("org", organisationId), Long.class));
    }

    @Override
    public Map<Long, Long> overdueActions(LocalDate today) {
        var result = new LinkedHashMap<Long, Long>();
        jdbc.query("""
                select producer_id, count(*) as overdue from producer_plan_action
                where done_on is null and due_on < :today group by producer_id order by producer_id
                """, new MapSqlParameterSource("today", today),
                rs -> {
                    result.put(rs.getLong("producer_id"), rs.getLong("overdue"));
                });
        return result;
    }
}
