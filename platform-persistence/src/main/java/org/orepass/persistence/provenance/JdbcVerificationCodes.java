package org.orepass.persistence.provenance;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Optional;
import org.orepass.provenance.SubjectKind;
import org.orepass.provenance.internal.VerificationCodes;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Verification codes and the passport's facts in plain SQL (issue 18): each answer is one indexed lookup, so a
 * passport costs these, one genealogy walk and one trade-block walk.
 */
@Repository
@Transactional(readOnly = true)
class JdbcVerificationCodes implements VerificationCodes {

    private static final String SHIPMENT = """
            select s.id, s.status, s.mineral, s.declared_mass_kg, s.grade, s.transport_mode, s.route, s.border_post,
                   s.destination_country, s.shipment_date, s.export_lot_id, c.serial_number, c.issuing_country,
                   c.issued_on, c.expires_on
            from export_shipment s left join export_certificate c on c.shipment_id = s.id
            """;

    private final NamedParameterJdbcTemplate jdbc;

    JdbcVerificationCodes(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Subject> find(String code) {
        return jdbc.query("select subject_kind, subject_id, revoked_at is not null as revoked from verification_code"
                + " where code = :code", new MapSqlParameterSource("code", code),
                (rs, i) -> new Subject(SubjectKind.valueOf(rs.getString(1)), rs.getLong(2), rs.getBoolean(3)))
                .stream().findFirst();
    }

    @Override
    public Optional<String> codeOf(SubjectKind kind, long id) {
        return jdbc.queryForList("select code from verification_code where subject_kind = :kind and subject_id = :id",
                new MapSqlParameterSource("kind", kind.name()).addValue("id", id), String.class).stream().findFirst();
    }

    @Override
    public Optional<String> certificateCodeOfShipment(long shipmentId) {
        return jdbc.queryForList("select v.code from export_certificate c join verification_code v"
                + " on v.subject_kind = 'CERTIFICATE' and v.subject_id = c.id where c.shipment_id = :id",
                new MapSqlParameterSource("id", shipmentId), String.class).stream().findFirst();
    }

    @Override
    public Optional<ShipmentFacts> shipment(SubjectKind kind, long id) {
        var where = kind == SubjectKind.CERTIFICATE ? " where c.id = :id" : " where s.id = :id";
        return jdbc.query(SHIPMENT + where, new MapSqlParameterSource("id", id), (rs, i) -> shipment(rs))
                .stream().findFirst();
    }

    private static ShipmentFacts shipment(ResultSet rs) throws SQLException {
        return new ShipmentFacts(rs.getLong("id"), rs.getString("status"), rs.getString("mineral"),
                rs.getBigDecimal("declared_mass_kg"), rs.getBigDecimal("grade"), rs.getString("transport_mode"),
                rs.getString("route"), rs.getString("border_post"), rs.getString("destination_country"),
                rs.getObject("shipment_date", LocalDate.class), (Long) rs.getObject("export_lot_id", Long.class),
                rs.getString("serial_number"), rs.getString("issuing_country"),
                rs.getObject("issued_on", LocalDate.class), rs.getObject("expires_on", LocalDate.class));
    }

    @Override
    public Optional<TagFacts> tag(long tagId) {
        return jdbc.query("""
                select t.id, t.number, t.country, t.status, t.site_id, l.id as lot_id, l.mineral, l.mass_kg,
                       l.concentration, l.production_date
                from custody_tag t left join lot l on l.tag_id = t.id
                where t.id = :id""", new MapSqlParameterSource("id", tagId), (rs, i) -> new TagFacts(rs.getLong("id"),
                rs.getString("number"), rs.getString("country"), rs.getString("status"), rs.getLong("site_id"),
                rs.getObject("lot_id", Long.class), rs.getString("mineral"), rs.getBigDecimal("mass_kg"),
                rs.getBigDecimal("concentration"), rs.getObject("production_date", LocalDate.class)))
                .stream().findFirst();
    }

    @Override
    @Transactional
    public boolean revoke(String code, String actor) {
        var params = new MapSqlParameterSource("code", code).addValue("actor", actor);
        var subject = jdbc.queryForList("update verification_code set revoked_at = now() where code = :code"
                + " and revoked_at is null returning subject_kind || ':' || subject_id", params, String.class);
        if (subject.isEmpty()) {
            return false;
        }
        jdbc.update("insert into audit_entry (actor, entity_type, entity_id, action, changes) values (:actor,"
                + " 'VerificationCode', :subject, 'UPDATE', jsonb_build_object('revokedAt', jsonb_build_object('old',"
                + " null, 'new', ledger_time(now()))))",
                params.addValue("subject", subject.get(0)));
        return true;
    }
}
