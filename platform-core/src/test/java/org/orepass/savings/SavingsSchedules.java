package org.orepass.savings;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.orepass.shared.DomainRuleViolation;

/**
 * Random cycles for the ledger's properties: a constitution, members, and meetings a few days to a few weeks apart
 * where members buy shares, pay the social fund, pay fines, repay, borrow (sometimes more than allowed), receive
 * grants, and the recorder now and then reverses an earlier entry. Refused meetings and reversals are simply not
 * written, as on the page.
 */
class SavingsSchedules {

    static final String CURRENCY = "UGX";

    final Random random;
    final Constitution constitution;
    final int members;
    final List<Entry> written = new ArrayList<>();
    CycleBook book;
    long nextId = 1;
    LocalDate day = LocalDate.of(2026, 1, 5);
    /** Called with the book before each meeting and the entries the meeting wrote. */
    MeetingObserver observer = (before, on, entries) -> { };

    interface MeetingObserver {
        void meeting(CycleBook before, LocalDate on, List<Entry> entries);
    }

    SavingsSchedules(long seed) {
        random = new Random(seed);
        var shareValue = new BigDecimal(List.of("500", "1000", "2000", "0.50", "2.25", "10").get(random.nextInt(6)));
        int min = random.nextInt(2);
        constitution = new Constitution(shareValue, min, min + 1 + random.nextInt(5),
                BigDecimal.valueOf(random.nextInt(1001), 2), random.nextBoolean() ? ChargeMethod.FLAT
                        : ChargeMethod.DECLINING, 1 + random.nextInt(4),
                shareValue.divide(BigDecimal.valueOf(1 + random.nextInt(4)), 2, RoundingMode.DOWN),
                shareValue, 12);
        members = 2 + random.nextInt(10);
        book = new CycleBook(constitution);
    }

    /** Runs this many meetings; returns how many were refused. */
    int run(int meetings) {
        int refused = 0;
        for (int m = 0; m < meetings; m++) {
            day = day.plusDays(7 + random.nextInt(35));
            if (!meeting()) {
                refused++;
            }
            if (random.nextInt(4) == 0) {
                reverseOne();
            }
        }
        return refused;
    }

    boolean meeting() {
        var lines = new ArrayList<MeetingLine>();
        var before = CycleBook.replay(constitution, written);
        for (long member = 1; member <= members; member++) {
            var position = book.position(member);
            Integer shares = random.nextInt(3) == 0 ? null : constitution.minShares()
                    + random.nextInt(constitution.maxShares() - constitution.minShares() + 1);
            BigDecimal repayment = null;
            if (position.loanOpen() && random.nextBoolean()) {
                repayment = random.nextInt(3) == 0 ? position.owed()
                        : position.owed().multiply(BigDecimal.valueOf(random.nextInt(100)))
                                .divide(BigDecimal.valueOf(100), 2, RoundingMode.DOWN);
            }
            BigDecimal loan = null;
            if (!position.loanOpen() && random.nextInt(3) == 0) {
                var limit = position.savings().multiply(BigDecimal.valueOf(constitution.maxLoanMultiple()));
                // Mostly within the limit; sometimes above it, to see the refusal leave nothing behind.
                loan = limit.multiply(BigDecimal.valueOf(random.nextInt(130))).divide(BigDecimal.valueOf(100), 2,
                        RoundingMode.DOWN);
            }
            BigDecimal grant = random.nextInt(15) == 0 ? book.socialFund().divide(BigDecimal.valueOf(2), 2,
                    RoundingMode.DOWN) : null;
            BigDecimal fine = random.nextInt(8) == 0 ? constitution.fine() : null;
            lines.add(new MeetingLine(member, true, shares, random.nextBoolean(), fine, repayment, loan, grant));
        }
        try {
            var entries = book.record(day, lines, CURRENCY);
            var ids = new ArrayList<Entry>();
            for (var entry : entries) {
                ids.add(entry.withId(nextId++));
            }
            written.addAll(ids);
            book = CycleBook.replay(constitution, written);
            observer.meeting(before, day, ids);
            return true;
        } catch (DomainRuleViolation refused) {
            book = CycleBook.replay(constitution, written);
            return false;
        }
    }

    void reverseOne() {
        if (written.isEmpty()) {
            return;
        }
        var original = written.get(random.nextInt(written.size()));
        var reversal = new Entry(nextId, original.memberId(), EntryKind.REVERSAL, original.amount(), 0, day,
                original.id());
        try {
            book.apply(reversal);
            written.add(reversal);
            nextId++;
        } catch (DomainRuleViolation refused) {
            book = CycleBook.replay(constitution, written);
        }
    }

    /** Repays every loan at one last meeting (as groups do before sharing out). */
    void repayAll() {
        day = day.plusDays(7);
        var lines = new ArrayList<MeetingLine>();
        var charged = CycleBook.replay(constitution, written);
        charged.dueCharges(day).forEach(charged::apply);
        for (long member = 1; member <= members; member++) {
            var owed = charged.position(member).owed();
            lines.add(new MeetingLine(member, true, null, false, null, owed.signum() > 0 ? owed : null, null, null));
        }
        for (var entry : book.record(day, lines, CURRENCY)) {
            written.add(entry.withId(nextId++));
        }
        book = CycleBook.replay(constitution, written);
    }
}
