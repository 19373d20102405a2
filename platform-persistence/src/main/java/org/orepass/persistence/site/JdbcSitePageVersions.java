package org.orepass.persistence.site;

import org.orepass.site.SitePageVersions;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** One indexed read of the row the {@code site_page_touch} triggers keep (V113). */
@Repository
class JdbcSitePageVersions implements SitePageVersions {

    private final JdbcTemplate jdbc;

    JdbcSitePageVersions(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public long of(long siteId) {
        Long version = jdbc.queryForObject(
                "select coalesce((select version from site_page_version where site_id = ?), 0)", Long.class, siteId);
        return version == null ? 0 : version;
    }
}
