package org.orepass.persistence.ledger;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.orepass.ledger.LedgerRecord;
import org.orepass.ledger.SignedHead;
import org.orepass.ledger.internal.LedgerStore;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The ledger in plain SQL (V83). The content of an event is {@code ledger_content(source, source_id)}, read from the
 * live custody and export rows, so the chainer and the verifier compute it the same way.
 */
@Repository
class JdbcLedgerStore implements LedgerStore {

    private static final String RECORD = "position, source, source_id, noted_at, content_hash, prev_hash, record_hash";

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;

    JdbcLedgerStore(JdbcTemplate jdbc, NamedParameterJdbcTemplate named) {
        this.jdbc = jdbc;
        this.named = named;
    }

    @Override
    public void lockChain() {
        jdbc.queryForList("select pg_advisory_xact_lock(hashtext('orepass-ledger'), hashtext('chain'))");
    }

    @Override
    public Optional<LedgerRecord> head() {
        return jdbc.query("select " + RECORD + " from ledger_record order by position desc limit 1",
                (rs, i) -> record(rs)).stream().findFirst();
    }

    @Override
    public List<Pending> pending(int limit) {
        return jdbc.query("""
                select id, source, source_id, noted_at, ledger_content(source, source_id)::text as content
                from ledger_pending order by id limit ?""",
                (rs, i) -> new Pending(rs.getLong(1), rs.getString(2), rs.getLong(3), instant(rs, 4),
                        rs.getString(5)), limit);
    }

    @Override
    public void append(List<LedgerRecord> records, List<Long> chainedPendingIds) {
        jdbc.batchUpdate("insert into ledger_record (" + RECORD + ") values (?, ?, ?, ?, ?, ?, ?)", records,
                500, (statement, record) -> {
                    statement.setLong(1, record.position());
                    statement.setString(2, record.source());
                    statement.setLong(3, record.sourceId());
                    statement.setTimestamp(4, Timestamp.from(record.notedAt()));
                    statement.setString(5, record.contentHash());
                    statement.setString(6, record.prevHash());
                    statement.setString(7, record.recordHash());
                });
        named.update("delete from ledger_pending where id in (:ids)",
                new MapSqlParameterSource("ids", chainedPendingIds));
    }

    @Override
    public List<Live> live(long fromPosition, int limit) {
        return jdbc.query("select " + RECORD + ", ledger_content(source, source_id)::text from ledger_record"
                + " where position >= ? order by position limit ?",
                (rs, i) -> new Live(record(rs), rs.getString(8)), fromPosition, limit);
    }

    @Override
    public List<Live> liveOf(Collection<Long> lotIds, Long shipmentId) {
        var params = new MapSqlParameterSource("lots", lotIds.isEmpty() ? List.of(-1L) : lotIds)
                .addValue("shipment", shipmentId == null ? -1L : shipmentId);
        return named.query("select " + RECORD + ", ledger_content(source, source_id)::text from ledger_record"
                + " where (source, source_id) in ("
                + " select 'LOT', id from lot where id in (:lots)"
                + " union select 'OPERATION', operation_id from custody_operation_lot where lot_id in (:lots)"
                + " union select s, t.id from custody_transfer t,"
                + "   unnest(array['TRANSFER_SENT', 'TRANSFER_RECEIVED', 'TRANSFER_REJECTED']) s"
                + "   where t.lot_id in (:lots) or t.received_lot_id in (:lots)"
                + " union select 'IMPORT', id from lot_import where lot_id in (:lots)"
                + " union select 'EXPORT', cast(:shipment as bigint)"
                + " union select 'SHIPMENT_REVOKED', cast(:shipment as bigint)"
                + " union select e, c.id from export_certificate c,"
                + "   unnest(array['CERTIFICATE', 'CERTIFICATE_REVOKED']) e where c.shipment_id = :shipment)"
                + " order by position", params, (rs, i) -> new Live(record(rs), rs.getString(8)));
    }

    @Override
    public Optional<LedgerRecord> at(long position) {
        return jdbc.query("select " + RECORD + " from ledger_record where position = ?", (rs, i) -> record(rs),
                position).stream().findFirst();
    }

    @Override
    public List<LedgerRecord> range(long from, long to) {
        return jdbc.query("select " + RECORD + " from ledger_record where position between ? and ? order by position",
                (rs, i) -> record(rs), from, to);
    }

    @Override
    public long pendingCount() {
        Long count = jdbc.queryForObject("select count(*) from ledger_pending", Long.class);
        return count == null ? 0 : count;
    }

    @Override
    public void publish(SignedHead head) {
        jdbc.update("insert into ledger_head (position, record_hash, published_at, published_by, key_id, public_jwk,"
                + " jws) values (?, ?, ?, ?, ?, ?, ?)", head.position(), head.recordHash(),
                Timestamp.from(head.publishedAt()), head.publishedBy(), head.keyId(), head.publicJwk(), head.jws());
    }

    @Override
    public List<SignedHead> heads(int limit) {
        return jdbc.query("select position, record_hash, published_at, published_by, key_id, public_jwk, jws"
                + " from ledger_head order by id desc limit ?",
                (rs, i) -> new SignedHead(rs.getLong(1), rs.getString(2), instant(rs, 3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7)), limit);
    }

    @Override
    public List<String> publicKeys() {
        return jdbc.queryForList("select public_jwk from ledger_head group by public_jwk order by max(id) desc",
                String.class);
    }

    @Override
    public void audit(String actor, String entityType, String entityId, String changesJson) {
        // As the audit trail keeps every change: {"field": {"old": null, "new": "value"}}.
        jdbc.update("insert into audit_entry (actor, entity_type, entity_id, action, changes)"
                + " select ?, ?, ?, 'CREATE', coalesce(jsonb_object_agg(key, jsonb_build_object('old', null, 'new',"
                + " value #>> '{}')), '{}'::jsonb) from jsonb_each(cast(? as jsonb))", actor, entityType, entityId,
                changesJson);
    }

    private static LedgerRecord record(ResultSet rs) throws SQLException {
        return new LedgerRecord(rs.getLong(1), rs.getString(2), rs.getLong(3), instant(rs, 4), rs.getString(5),
                rs.getString(6), rs.getString(7));
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        var time = rs.getTimestamp(column);
        return time == null ? null : time.toInstant();
    }
}
