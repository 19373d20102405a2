package org.orepass.savings.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.orepass.savings.Constitution;
import org.orepass.savings.Cycle;
import org.orepass.savings.Entry;
import org.orepass.savings.GroupMember;
import org.orepass.savings.MemberRole;
import org.orepass.savings.Meeting;
import org.orepass.savings.SavingsGroup;
import org.orepass.savings.Sex;

/** The savings groups' tables (V98). A port; entries are only ever appended. */
public interface SavingsStore {

    /** An entry with where and by whom it was written, for the ledger pages. */
    record Written(Entry entry, Long meetingId, String recordedBy, String note) {
    }

    long addGroup(String name, Long organisationId, String community, long csoId, String currency);

    Optional<SavingsGroup> group(long id);

    /** Every group, by name (the service keeps those the actor may read). */
    List<SavingsGroup> groups();

    /** Takes the group's lock for the current transaction, so two recorders never write one cycle at once. */
    void lockGroup(long groupId);

    long addMember(long groupId, String name, Sex sex, MemberRole role);

    /** Every member, those who left included, by number. */
    List<GroupMember> members(long groupId);

    /** Changes a member if still at {@code version} (then one more); false when someone changed it meanwhile. */
    boolean updateMember(long memberId, long version, int number, String name, Sex sex, MemberRole role);

    /** Marks a member left on a day if still at {@code version}; false when someone changed it meanwhile. */
    boolean markLeft(long memberId, long version, LocalDate on);

    /** Marks a member who left active again if still at {@code version}; false when someone changed it meanwhile. */
    boolean markActive(long memberId, long version);

    /** Deletes a member with nothing in the books if still at {@code version}; false otherwise. */
    boolean deleteMember(long memberId, long version);

    /** Whether any ledger entry or attendance of any cycle names the member. */
    boolean hasRecords(long memberId);

    long startCycle(long groupId, LocalDate startedOn, Constitution constitution);

    void changeConstitution(long cycleId, LocalDate startedOn, Constitution constitution);

    List<Cycle> cycles(long groupId);

    void closeCycle(long cycleId, LocalDate on);

    /**
     * Adds a meeting with who came; a second meeting of the cycle on the same day is refused
     * ({@link org.orepass.savings.SavingsGroups#SAME_DAY} on {@code heldOn}), by the database's unique index too.
     */
    long addMeeting(long cycleId, LocalDate heldOn, Collection<Long> present, String recordedBy);

    List<Meeting> meetings(long cycleId);

    /** Appends entries (to a meeting, or none for a correction) and returns them with their ids, in order. */
    List<Entry> append(long cycleId, Long meetingId, List<Entry> entries, String recordedBy, String note);

    /** The cycle's entries in the order they were written. */
    List<Entry> entries(long cycleId);

    List<Written> ledger(long cycleId);

    void audit(String actor, String entityType, String entityId, String changesJson);

    /**
     * An audit entry of a change ({@code UPDATE} or {@code DELETE}) whose changes are given as the trail keeps them:
     * {@code {"field": {"old": ..., "new": ...}}}.
     */
    void auditChange(String actor, String entityType, String entityId, String action, String changesJson);

    /** A repayment of an equipment loan. */
    record EquipmentRepayment(long id, long loanId, java.time.LocalDate paidOn, java.math.BigDecimal amount) {
    }

    long addEquipmentLoan(org.orepass.savings.EquipmentLoan loan, String recordedBy);

    Optional<org.orepass.savings.EquipmentLoan> equipmentLoan(long id);

    /** Loans given by or to this organisation, newest first. */
    List<org.orepass.savings.EquipmentLoan> equipmentLoansOf(long organisationId);

    List<org.orepass.savings.EquipmentLoan> equipmentLoans();

    void lockEquipmentLoan(long id);

    long addEquipmentRepayment(long loanId, java.time.LocalDate paidOn, java.math.BigDecimal amount,
            String recordedBy);

    List<EquipmentRepayment> equipmentRepayments(long loanId);
}
