package org.orepass.persistence.custody;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.orepass.custody.internal.LotOrigins;
import org.orepass.site.SiteStatus;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * A lot's origins for the trade-block rule in one statement: the recursive walk over {@code lot_input} (as
 * {@code JdbcLotGraph}'s, carrying the lot each walk started from), the production lots it reaches with their
 * site, and for each the newest status change on or before the production date (one probe of
 * {@code site_status_change_site_idx}). The site's current record stands in when it is newer than that change and
 * still not after the date (sites whose history was not written, such as imports).
 */
@Repository
@Transactional(readOnly = true)
class JdbcLotOrigins implements LotOrigins {

    private static final String ORIGINS = """
            with recursive chain(id, asked) as (
                select id, id from unnest(cast(:ids as bigint[])) as given(id)
              union
                select li.input_lot_id, chain.asked from lot_input li join chain on li.lot_id = chain.id
            )
            select chain.asked, a.lot_number as asked_number, l.id as production_lot_id, l.site_id, l.production_date,
                   case when s.status_since <= l.production_date
                             and (h.changed_on is null or s.status_since >= h.changed_on)
                        then s.status else h.to_status end as status_then,
                   case when s.status_since <= l.production_date
                             and (h.changed_on is null or s.status_since >= h.changed_on)
                        then s.status_since else h.changed_on end as since_then,
                   case when s.status_since <= l.production_date
                             and (h.changed_on is null or s.status_since >= h.changed_on)
                        then s.correction_deadline end as deadline_then
            from chain
            join lot l on l.id = chain.id and l.site_id is not null
            join lot a on a.id = chain.asked
            join mine_site s on s.id = l.site_id
            left join lateral (
                select c.to_status, c.changed_on from site_status_change c
                where c.site_id = l.site_id and c.changed_on <= l.production_date
                order by c.changed_on desc, c.id desc limit 1
            ) h on true
            order by chain.asked, l.id
            """;

    private final NamedParameterJdbcTemplate jdbc;

    JdbcLotOrigins(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Origin> of(Collection<Long> lotIds) {
        if (lotIds.isEmpty()) {
            return List.of();
        }
        return jdbc.query(ORIGINS, new MapSqlParameterSource("ids", lotIds.toArray(Long[]::new)), (rs, row) -> {
            var status = rs.getString("status_then");
            return new Origin(rs.getLong("asked"), rs.getString("asked_number"), rs.getLong("production_lot_id"),
                    rs.getLong("site_id"), rs.getObject("production_date", LocalDate.class),
                    status == null ? null : SiteStatus.valueOf(status), rs.getObject("since_then", LocalDate.class),
                    rs.getObject("deadline_then", LocalDate.class));
        });
    }
}
