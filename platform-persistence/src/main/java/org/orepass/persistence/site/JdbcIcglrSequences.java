package org.orepass.persistence.site;

import org.orepass.site.internal.IcglrSequences;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** One upsert per registration: concurrent registrations in a country each get their own number. */
@Repository
class JdbcIcglrSequences implements IcglrSequences {

    private final JdbcTemplate jdbc;

    JdbcIcglrSequences(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public int next(String country) {
        Integer next = jdbc.queryForObject("""
                insert into site_sequence (country, last) values (?, 1)
                on conflict (country) do update set last = site_sequence.last + 1
                returning last""", Integer.class, country);
        if (next == null) {
            throw new IllegalStateException("no sequence number for " + country);
        }
        return next;
    }

    @Override
    public void atLeast(String country, int number) {
        jdbc.update("""
                insert into site_sequence (country, last) values (?, ?)
                on conflict (country) do update set last = greatest(site_sequence.last, excluded.last)""",
                country, number);
    }
}
