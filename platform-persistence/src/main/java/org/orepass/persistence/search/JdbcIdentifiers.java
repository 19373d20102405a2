package org.orepass.persistence.search;

import java.util.List;
import java.util.Locale;
import org.orepass.search.Identifiers;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Numbers that start so, case ignored, each over a prefix index of V71 (lower(...) text_pattern_ops). */
@Repository
@Transactional(readOnly = true)
class JdbcIdentifiers implements Identifiers {

    private final NamedParameterJdbcTemplate jdbc;

    JdbcIdentifiers(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    private static MapSqlParameterSource parameters(String prefix, int limit) {
        return new MapSqlParameterSource("prefix", prefix.strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\")
                .replace("%", "\\%").replace("_", "\\_") + "%").addValue("limit", limit);
    }

    @Override
    public List<Long> sites(String prefix, int limit) {
        return jdbc.queryForList("""
                select id from (
                  (select id from mine_site where lower(icglr_id) like :prefix order by id desc limit :limit)
                  union
                  (select id from mine_site where lower(national_id) like :prefix order by id desc limit :limit)
                ) found order by id desc limit :limit""", parameters(prefix, limit), Long.class);
    }

    @Override
    public List<Long> tags(String prefix, int limit) {
        return jdbc.queryForList("select id from custody_tag where lower(number) like :prefix order by id desc"
                + " limit :limit", parameters(prefix, limit), Long.class);
    }

    @Override
    public List<Numbered> certificates(String prefix, int limit) {
        return jdbc.query("select issuing_country, serial_number from export_certificate"
                + " where lower(serial_number) like :prefix order by id desc limit :limit", parameters(prefix, limit),
                (row, n) -> new Numbered(row.getString(1), row.getString(2)));
    }
}
