package org.orepass.persistence.export;

import org.orepass.export.internal.CertificateSerials;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** One upsert per certificate: concurrent issuances in a country and year each get their own number. */
@Repository
class JdbcCertificateSerials implements CertificateSerials {

    private final JdbcTemplate jdbc;

    JdbcCertificateSerials(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public int next(String country, int year) {
        Integer next = jdbc.queryForObject("""
                insert into export_certificate_sequence (country, year, last) values (?, ?, 1)
                on conflict (country, year) do update set last = export_certificate_sequence.last + 1
                returning last""", Integer.class, country, year);
        if (next == null) {
            throw new IllegalStateException("no certificate number for " + country + " " + year);
        }
        return next;
    }
}
