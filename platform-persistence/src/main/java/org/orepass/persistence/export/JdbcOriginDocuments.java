package org.orepass.persistence.export;

import java.time.LocalDate;
import java.util.Optional;
import org.orepass.custody.OriginDocuments;
import org.orepass.site.Mineral;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The certificates issued here, as an import on the other side of the border reads them (custody's port): one row
 * of the certificate, its shipment and export lot.
 */
@Repository
@Transactional(readOnly = true)
class JdbcOriginDocuments implements OriginDocuments {

    private final NamedParameterJdbcTemplate jdbc;

    JdbcOriginDocuments(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<CertifiedExport> certificate(String issuingCountry, String serialNumber) {
        var rows = jdbc.query("""
                select c.id, c.issuing_country, c.serial_number, s.status, s.destination_country, s.mineral,
                       s.export_lot_id, l.mass_kg, c.mineral_origin, c.issued_on, c.expires_on
                from export_certificate c
                join export_shipment s on s.id = c.shipment_id
                join lot l on l.id = s.export_lot_id
                where c.issuing_country = :country and upper(c.serial_number) = upper(:serial)
                """, new MapSqlParameterSource("country", issuingCountry).addValue("serial", serialNumber),
                (rs, i) -> new CertifiedExport(rs.getLong("id"), rs.getString("issuing_country"),
                        rs.getString("serial_number"), "CERTIFIED".equals(rs.getString("status")),
                        rs.getString("destination_country"), Mineral.valueOf(rs.getString("mineral")),
                        rs.getLong("export_lot_id"), rs.getBigDecimal("mass_kg"), rs.getString("mineral_origin"),
                        rs.getObject("issued_on", LocalDate.class), rs.getObject("expires_on", LocalDate.class)));
        return rows.stream().findFirst();
    }

    @Override
    public boolean issuesIn(String country) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "select exists (select 1 from export_certificate where issuing_country = :country)",
                new MapSqlParameterSource("country", country), Boolean.class));
    }
}
