package org.orepass.persistence.custody;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.orepass.custody.CustodyRole;
import org.orepass.custody.ExchangedLot;
import org.orepass.custody.internal.ExchangedLots;
import org.orepass.custody.LotSearch;
import org.orepass.custody.MassUnit;
import org.orepass.custody.OriginatingOperation;
import org.orepass.shared.PageQuery;
import org.orepass.shared.ResultPage;
import org.orepass.site.Mineral;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The ICGLR lot list in plain SQL: one query for a page of lots with their creator, site, tag and purchase, one
 * for their input lots, one count. Every lot is read (issue 17: omit the field, never the document), so the list,
 * its count and the single lot never disagree; what a lot's document leaves out is
 * {@code ExchangedLot.servedWithout}'s to say.
 */
@Repository
@Transactional(readOnly = true)
class JdbcExchangedLots implements ExchangedLots {

    private static final String PARTY = "%1$s.id as %1$s_id, %1$s.name as %1$s_name, %1$s.country as %1$s_country,"
            + " %1$s.division as %1$s_division, %1$s.address as %1$s_address, %1$s.tax_id as %1$s_tax_id,"
            + " %1$s.contact_name as %1$s_contact_name, %1$s.contact_email as %1$s_contact_email,"
            + " %1$s.contact_phone as %1$s_contact_phone";

    private static final String FROM = """
             from lot l
             join organisation c on c.id = l.custodian_id
             left join mine_site s on s.id = l.site_id
             left join custody_tag t on t.id = l.tag_id
             left join organisation ti on ti.id = t.issuer_id
            """;

    private static final String COLUMNS = "select l.id, l.lot_number, l.registered_at, l.creator_role,"
            + " l.originating_operation, l.mineral, l.concentration, l.mass, l.unit, l.mass_kg, l.remaining_kg,"
            + " l.package_type, l.package_count, l.production_date, l.uncertified, l.version, s.icglr_id,"
            + " t.number as tag_number, t.issued_at as tag_issued_at, "
            + PARTY.formatted("c") + ", " + PARTY.formatted("ti") + ","
            // A purchase lot was made by the buyer's receipt of one transfer.
            + " (select p.sent_on from custody_transfer p where p.received_lot_id = l.id limit 1) as purchase_date,"
            + " (select p.received_on from custody_transfer p where p.received_lot_id = l.id limit 1)"
            + " as received_on";

    private final NamedParameterJdbcTemplate jdbc;

    JdbcExchangedLots(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public ResultPage<ExchangedLot> page(LotSearch search, Long custodianId, PageQuery page) {
        var params = new MapSqlParameterSource();
        var where = new StringBuilder(" where true");
        if (custodianId != null) {
            where.append(" and l.custodian_id = :custodian");
            params.addValue("custodian", custodianId);
        }
        if (search.siteIcglrId() != null) {
            where.append(" and s.icglr_id = :site");
            params.addValue("site", search.siteIcglrId());
        }
        if (search.mineral() != null) {
            where.append(" and l.mineral = :mineral");
            params.addValue("mineral", search.mineral().name());
        }
        if (search.creatorRole() != null) {
            where.append(" and l.creator_role = :role");
            params.addValue("role", search.creatorRole().name());
        }
        if (search.operation() != null) {
            where.append(" and l.originating_operation = :operation");
            params.addValue("operation", search.operation().name());
        }
        if (search.lotNumber() != null) {
            where.append(" and l.lot_number = :lotNumber");
            params.addValue("lotNumber", search.lotNumber());
        }
        if (search.registeredFrom() != null) {
            where.append(" and l.registered_at >= :from");
            params.addValue("from", search.registeredFrom().atStartOfDay().atOffset(ZoneOffset.UTC));
        }
        if (search.registeredTo() != null) {
            where.append(" and l.registered_at < :to");
            params.addValue("to", search.registeredTo().plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC));
        }
        params.addValue("limit", page.size()).addValue("offset", page.offset());
        var rows = jdbc.query(COLUMNS + FROM + where + " order by l.id limit :limit offset :offset", params,
                JdbcExchangedLots::lot);
        Long total = jdbc.queryForObject("select count(*)" + FROM + where, params, Long.class);
        return new ResultPage<>(withInputs(rows), page.page(), page.size(), total == null ? 0 : total);
    }

    @Override
    public Optional<ExchangedLot> byNumber(String lotNumber) {
        var rows = jdbc.query(COLUMNS + FROM + " where l.lot_number = :lotNumber",
                new MapSqlParameterSource("lotNumber", lotNumber), JdbcExchangedLots::lot);
        return withInputs(rows).stream().findFirst();
    }

    private List<ExchangedLot> withInputs(List<ExchangedLot> lots) {
        if (lots.isEmpty()) {
            return lots;
        }
        Map<Long, List<String>> inputs = new HashMap<>();
        jdbc.query("""
                select li.lot_id, i.lot_number from lot_input li join lot i on i.id = li.input_lot_id
                where li.lot_id in (:ids) order by li.id""",
                new MapSqlParameterSource("ids", lots.stream().map(ExchangedLot::id).toList()),
                (ResultSet rs) -> {
                    inputs.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>()).add(rs.getString(2));
                });
        return lots.stream().map(lot -> lot.withInputs(inputs.getOrDefault(lot.id(), List.of()))).toList();
    }

    private static ExchangedLot lot(ResultSet rs, int row) throws SQLException {
        var tagNumber = rs.getString("tag_number");
        var tag = tagNumber == null ? null : new ExchangedLot.Seal(tagNumber,
                rs.getObject("tag_issued_at", OffsetDateTime.class).toInstant(),
                rs.getObject("ti_id") == null ? null : party(rs, "ti"));
        return new ExchangedLot(rs.getLong("id"), rs.getString("lot_number"),
                rs.getObject("registered_at", OffsetDateTime.class).toInstant(), party(rs, "c"),
                CustodyRole.valueOf(rs.getString("creator_role")),
                OriginatingOperation.valueOf(rs.getString("originating_operation")),
                Mineral.valueOf(rs.getString("mineral")), rs.getBigDecimal("concentration"), rs.getBigDecimal("mass"),
                MassUnit.valueOf(rs.getString("unit")), rs.getBigDecimal("mass_kg"), rs.getBigDecimal("remaining_kg"),
                rs.getString("package_type"), (Integer) rs.getObject("package_count"), rs.getString("icglr_id"),
                rs.getObject("production_date", LocalDate.class), tag, rs.getBoolean("uncertified"),
                rs.getObject("purchase_date", LocalDate.class), rs.getObject("received_on", LocalDate.class),
                List.of(), rs.getLong("version"));
    }

    private static ExchangedLot.Party party(ResultSet rs, String alias) throws SQLException {
        return new ExchangedLot.Party(rs.getLong(alias + "_id"), rs.getString(alias + "_name"),
                rs.getString(alias + "_country"), rs.getString(alias + "_division"), rs.getString(alias + "_address"),
                rs.getString(alias + "_tax_id"), rs.getString(alias + "_contact_name"),
                rs.getString(alias + "_contact_email"), rs.getString(alias + "_contact_phone"));
    }
}
