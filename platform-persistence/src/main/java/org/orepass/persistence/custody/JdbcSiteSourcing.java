package org.orepass.persistence.custody;

import org.orepass.site.SiteSourcing;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Forward from the lots produced at the site (a site has tens of production lots, each a few steps from an
 * export), stopping at the first lot the organisation holds or held.
 */
@Repository
@Transactional(readOnly = true)
class JdbcSiteSourcing implements SiteSourcing {

    private final JdbcTemplate jdbc;

    JdbcSiteSourcing(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean supplied(long siteId, long organisationId) {
        return Boolean.TRUE.equals(jdbc.queryForObject("""
                with recursive down(id) as (
                    select id from lot where site_id = ?
                  union
                    select li.lot_id from lot_input li join down on li.input_lot_id = down.id
                )
                select exists (select 1 from down join lot l on l.id = down.id where l.custodian_id = ?)
                """, Boolean.class, siteId, organisationId));
    }
}
