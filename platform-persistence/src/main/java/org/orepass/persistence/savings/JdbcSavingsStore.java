package org.orepass.persistence.savings;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.orepass.savings.ChargeMethod;
import org.orepass.savings.Constitution;
import org.orepass.savings.Cycle;
import org.orepass.savings.Entry;
import org.orepass.savings.EquipmentLoan;
import org.orepass.savings.EntryKind;
import org.orepass.savings.GroupMember;
import org.orepass.savings.MemberRole;
import org.orepass.savings.Meeting;
import org.orepass.savings.SavingsGroup;
import org.orepass.savings.SavingsGroups;
import org.orepass.savings.Sex;
import org.orepass.savings.internal.SavingsStore;
import org.orepass.shared.DomainRuleViolation;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The savings groups' tables in plain SQL (V98). Entries go in as one batch per meeting. */
@Repository
class JdbcSavingsStore implements SavingsStore {

    private static final String GROUP = "id, name, organisation_id, community, cso_id, currency";
    private static final String CYCLE = "id, group_id, number, started_on, share_value, min_shares, max_shares,"
            + " service_charge_percent, charge_method, max_loan_multiple, social_fund_contribution, fine,"
            + " cycle_months, shared_out_on";
    private static final String ENTRY = "id, member_id, kind, amount, shares, on_day, reverses";

    private final JdbcTemplate jdbc;

    JdbcSavingsStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public long addGroup(String name, Long organisationId, String community, long csoId, String currency) {
        return jdbc.queryForObject("insert into savings_group (name, organisation_id, community, cso_id, currency)"
                + " values (?, ?, ?, ?, ?) returning id", Long.class, name, organisationId, community, csoId, currency);
    }

    @Override
    public Optional<SavingsGroup> group(long id) {
        return jdbc.query("select " + GROUP + " from savings_group where id = ?", (rs, i) -> group(rs), id).stream()
                .findFirst();
    }

    @Override
    public List<SavingsGroup> groups() {
        return jdbc.query("select " + GROUP + " from savings_group order by name, id", (rs, i) -> group(rs));
    }

    @Override
    public void lockGroup(long groupId) {
        jdbc.queryForList("select id from savings_group where id = ? for update", groupId);
    }

    @Override
    public long addMember(long groupId, String name, Sex sex, MemberRole role) {
        return jdbc.queryForObject("insert into savings_member (group_id, number, name, sex, role) select ?,"
                + " coalesce(max(number), 0) + 1, ?, ?, ? from savings_member where group_id = ? returning id",
                Long.class, groupId, name, sex.name(), role.name(), groupId);
    }

    @Override
    public List<GroupMember> members(long groupId) {
        return jdbc.query("select id, group_id, number, name, sex, role, version, left_on from savings_member"
                + " where group_id = ? order by number", (rs, i) -> new GroupMember(rs.getLong(1), rs.getLong(2),
                        rs.getInt(3), rs.getString(4), Sex.valueOf(rs.getString(5)),
                        MemberRole.valueOf(rs.getString(6)), rs.getLong(7),
                        rs.getObject(8, LocalDate.class)), groupId);
    }

    @Override
    public boolean updateMember(long memberId, long version, int number, String name, Sex sex, MemberRole role) {
        return jdbc.update("update savings_member set number = ?, name = ?, sex = ?, role = ?, version = version + 1"
                + " where id = ? and version = ?", number, name, sex.name(), role.name(), memberId, version) == 1;
    }

    @Override
    public boolean markLeft(long memberId, long version, LocalDate on) {
        return jdbc.update("update savings_member set left_on = ?, version = version + 1 where id = ? and version = ?",
                Date.valueOf(on), memberId, version) == 1;
    }

    @Override
    public boolean markActive(long memberId, long version) {
        return jdbc.update("update savings_member set left_on = null, version = version + 1 where id = ?"
                + " and version = ? and left_on is not null", memberId, version) == 1;
    }

    @Override
    public boolean deleteMember(long memberId, long version) {
        return jdbc.update("delete from savings_member where id = ? and version = ?", memberId, version) == 1;
    }

    @Override
    public boolean hasRecords(long memberId) {
        return Boolean.TRUE.equals(jdbc.queryForObject("select exists (select 1 from savings_entry where member_id = ?)"
                + " or exists (select 1 from savings_attendance where member_id = ?)", Boolean.class, memberId,
                memberId));
    }

    @Override
    public long startCycle(long groupId, LocalDate startedOn, Constitution c) {
        return jdbc.queryForObject("insert into savings_cycle (group_id, number, started_on, share_value, min_shares,"
                + " max_shares, service_charge_percent, charge_method, max_loan_multiple, social_fund_contribution,"
                + " fine, cycle_months) select ?, coalesce(max(number), 0) + 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?"
                + " from savings_cycle where group_id = ? returning id", Long.class, groupId, Date.valueOf(startedOn),
                c.shareValue(), c.minShares(), c.maxShares(), c.serviceChargePercent(), c.chargeMethod().name(),
                c.maxLoanMultiple(), c.socialFundContribution(), c.fine(), c.cycleMonths(), groupId);
    }

    @Override
    public void changeConstitution(long cycleId, LocalDate startedOn, Constitution c) {
        jdbc.update("update savings_cycle set started_on = ?, share_value = ?, min_shares = ?, max_shares = ?,"
                + " service_charge_percent = ?, charge_method = ?, max_loan_multiple = ?,"
                + " social_fund_contribution = ?, fine = ?, cycle_months = ? where id = ?", Date.valueOf(startedOn),
                c.shareValue(), c.minShares(), c.maxShares(), c.serviceChargePercent(), c.chargeMethod().name(),
                c.maxLoanMultiple(), c.socialFundContribution(), c.fine(), c.cycleMonths(), cycleId);
    }

    @Override
    public List<Cycle> cycles(long groupId) {
        return jdbc.query("select " + CYCLE + " from savings_cycle where group_id = ? order by number",
                (rs, i) -> cycle(rs), groupId);
    }

    @Override
    public void closeCycle(long cycleId, LocalDate on) {
        jdbc.update("update savings_cycle set shared_out_on = ? where id = ? and shared_out_on is null",
                Date.valueOf(on), cycleId);
    }

    @Override
    public long addMeeting(long cycleId, LocalDate heldOn, Collection<Long> present, String recordedBy) {
        // One meeting a day per cycle (the unique index savings_meeting_one_a_day, V111): a second one, even from a
        // request the service's check did not see yet, is refused as the service refuses it, never a 500.
        var ids = jdbc.queryForList("insert into savings_meeting (cycle_id, number, held_on, present, recorded_by)"
                + " select ?, coalesce(max(number), 0) + 1, ?, ?, ? from savings_meeting where cycle_id = ?"
                + " on conflict (cycle_id, held_on) do nothing returning id", Long.class, cycleId,
                Date.valueOf(heldOn), present.size(), recordedBy, cycleId);
        if (ids.isEmpty()) {
            var number = jdbc.queryForList("select number from savings_meeting where cycle_id = ? and held_on = ?",
                    Integer.class, cycleId, Date.valueOf(heldOn));
            throw new DomainRuleViolation("heldOn", SavingsGroups.SAME_DAY, number.isEmpty() ? "?" : number.get(0));
        }
        long id = ids.get(0);
        var members = new ArrayList<>(present);
        jdbc.batchUpdate("insert into savings_attendance (meeting_id, member_id) values (?, ?)", members,
                members.size() + 1, (statement, member) -> {
                    statement.setLong(1, id);
                    statement.setLong(2, member);
                });
        return id;
    }

    @Override
    public List<Meeting> meetings(long cycleId) {
        return jdbc.query("select id, cycle_id, number, held_on, present from savings_meeting where cycle_id = ?"
                + " order by number", (rs, i) -> new Meeting(rs.getLong(1), rs.getLong(2), rs.getInt(3),
                        rs.getDate(4).toLocalDate(), rs.getInt(5)), cycleId);
    }

    @Override
    public List<Entry> append(long cycleId, Long meetingId, List<Entry> entries, String recordedBy, String note) {
        if (entries.isEmpty()) {
            return List.of();
        }
        // One multi-row insert: the ids come back in the order of the rows.
        var sql = new StringBuilder("insert into savings_entry (cycle_id, meeting_id, member_id, kind, amount,"
                + " shares, on_day, reverses, note, recorded_by) values ");
        for (int i = 0; i < entries.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append("(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        }
        sql.append(" returning id");
        var ids = jdbc.query(connection -> {
            PreparedStatement statement = connection.prepareStatement(sql.toString(), Statement.NO_GENERATED_KEYS);
            int p = 1;
            for (var entry : entries) {
                statement.setLong(p++, cycleId);
                setLong(statement, p++, meetingId);
                setLong(statement, p++, entry.memberId());
                statement.setString(p++, entry.kind().name());
                statement.setBigDecimal(p++, entry.amount());
                statement.setInt(p++, entry.shares());
                statement.setDate(p++, Date.valueOf(entry.on()));
                setLong(statement, p++, entry.reverses());
                statement.setString(p++, note);
                statement.setString(p++, recordedBy);
            }
            return statement;
        }, (rs, i) -> rs.getLong(1));
        var written = new ArrayList<Entry>(entries.size());
        for (int i = 0; i < entries.size(); i++) {
            written.add(entries.get(i).withId(ids.get(i)));
        }
        return written;
    }

    @Override
    public List<Entry> entries(long cycleId) {
        return jdbc.query("select " + ENTRY + " from savings_entry where cycle_id = ? order by id",
                (rs, i) -> entry(rs), cycleId);
    }

    @Override
    public List<Written> ledger(long cycleId) {
        return jdbc.query("select " + ENTRY + ", meeting_id, recorded_by, note from savings_entry where cycle_id = ?"
                + " order by id", (rs, i) -> new Written(entry(rs), (Long) rs.getObject(8), rs.getString(9),
                        rs.getString(10)), cycleId);
    }

    @Override
    public void audit(String actor, String entityType, String entityId, String changesJson) {
        // As the audit trail keeps every change: {"field": {"old": null, "new": "value"}}.
        jdbc.update("insert into audit_entry (actor, entity_type, entity_id, action, changes)"
                + " select ?, ?, ?, 'CREATE', coalesce(jsonb_object_agg(key, jsonb_build_object('old', null, 'new',"
                + " value #>> '{}')), '{}'::jsonb) from jsonb_each(cast(? as jsonb))", actor, entityType, entityId,
                changesJson);
    }

    @Override
    public void auditChange(String actor, String entityType, String entityId, String action, String changesJson) {
        jdbc.update("insert into audit_entry (actor, entity_type, entity_id, action, changes) values (?, ?, ?, ?,"
                + " cast(? as jsonb))", actor, entityType, entityId, action, changesJson);
    }

    private static final String LOAN = "id, lender_id, producer_id, equipment, principal, currency,"
            + " annual_rate_percent, term_months, given_on, first_due_on";

    @Override
    public long addEquipmentLoan(EquipmentLoan loan, String recordedBy) {
        return jdbc.queryForObject("insert into equipment_loan (lender_id, producer_id, equipment, principal, currency,"
                + " annual_rate_percent, term_months, given_on, first_due_on, recorded_by)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id", Long.class, loan.lenderId(), loan.producerId(),
                loan.equipment(), loan.principal(), loan.currency(), loan.annualRatePercent(), loan.termMonths(),
                Date.valueOf(loan.givenOn()), Date.valueOf(loan.firstDueOn()), recordedBy);
    }

    @Override
    public Optional<EquipmentLoan> equipmentLoan(long id) {
        return jdbc.query("select " + LOAN + " from equipment_loan where id = ?", (rs, i) -> loan(rs), id).stream()
                .findFirst();
    }

    @Override
    public List<EquipmentLoan> equipmentLoansOf(long organisationId) {
        return jdbc.query("select " + LOAN + " from equipment_loan where lender_id = ? or producer_id = ?"
                + " order by given_on desc, id desc", (rs, i) -> loan(rs), organisationId, organisationId);
    }

    @Override
    public List<EquipmentLoan> equipmentLoans() {
        return jdbc.query("select " + LOAN + " from equipment_loan order by given_on desc, id desc",
                (rs, i) -> loan(rs));
    }

    @Override
    public void lockEquipmentLoan(long id) {
        jdbc.queryForList("select id from equipment_loan where id = ? for update", id);
    }

    @Override
    public long addEquipmentRepayment(long loanId, LocalDate paidOn, java.math.BigDecimal amount, String recordedBy) {
        return jdbc.queryForObject("insert into equipment_repayment (loan_id, paid_on, amount, recorded_by)"
                + " values (?, ?, ?, ?) returning id", Long.class, loanId, Date.valueOf(paidOn), amount, recordedBy);
    }

    @Override
    public List<EquipmentRepayment> equipmentRepayments(long loanId) {
        return jdbc.query("select id, loan_id, paid_on, amount from equipment_repayment where loan_id = ?"
                + " order by paid_on, id", (rs, i) -> new EquipmentRepayment(rs.getLong(1), rs.getLong(2),
                        rs.getDate(3).toLocalDate(), rs.getBigDecimal(4)), loanId);
    }

    private static EquipmentLoan loan(ResultSet rs) throws SQLException {
        return new EquipmentLoan(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4), rs.getBigDecimal(5),
                rs.getString(6), rs.getBigDecimal(7), rs.getInt(8), rs.getDate(9).toLocalDate(),
                rs.getDate(10).toLocalDate());
    }

    private static void setLong(PreparedStatement statement, int index, Long value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.BIGINT);
        } else {
            statement.setLong(index, value);
        }
    }

    private static SavingsGroup group(ResultSet rs) throws SQLException {
        return new SavingsGroup(rs.getLong(1), rs.getString(2), (Long) rs.getObject(3), rs.getString(4),
                rs.getLong(5), rs.getString(6));
    }

    private static Cycle cycle(ResultSet rs) throws SQLException {
        var constitution = new Constitution(rs.getBigDecimal(5), rs.getInt(6), rs.getInt(7), rs.getBigDecimal(8),
                ChargeMethod.valueOf(rs.getString(9)), rs.getInt(10), rs.getBigDecimal(11), rs.getBigDecimal(12),
                rs.getInt(13));
        var sharedOut = rs.getDate(14);
        return new Cycle(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getDate(4).toLocalDate(), constitution,
                sharedOut == null ? null : sharedOut.toLocalDate());
    }

    private static Entry entry(ResultSet rs) throws SQLException {
        return new Entry(rs.getLong(1), (Long) rs.getObject(2), EntryKind.valueOf(rs.getString(3)),
                rs.getBigDecimal(4), rs.getInt(5), rs.getDate(6).toLocalDate(), (Long) rs.getObject(7));
    }
}
