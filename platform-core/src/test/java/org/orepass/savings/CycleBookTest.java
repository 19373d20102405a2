package org.orepass.savings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.orepass.shared.DomainRuleViolation;

/** The ledger's rules on small cycles worked out by hand. */
class CycleBookTest {

    private static final LocalDate DAY = LocalDate.of(2026, 2, 2);

    static Constitution constitution(ChargeMethod method) {
        return new Constitution(new BigDecimal("1000"), 1, 5, new BigDecimal("10"), method, 3, new BigDecimal("200"),
                new BigDecimal("500"), 12);
    }

    private final List<Entry> written = new ArrayList<>();
    private long nextId = 1;

    private CycleBook meeting(Constitution constitution, LocalDate on, MeetingLine... lines) {
        var book = CycleBook.replay(constitution, written);
        for (var entry : book.record(on, List.of(lines), "UGX")) {
            written.add(entry.withId(nextId++));
        }
        return CycleBook.replay(constitution, written);
    }

    private static MeetingLine shares(long member, int shares) {
        return new MeetingLine(member, true, shares, true, null, null, null, null);
    }

    private static MeetingLine loan(long member, String amount) {
        return new MeetingLine(member, true, null, false, null, null, new BigDecimal(amount), null);
    }

    private static MeetingLine repay(long member, String amount) {
        return new MeetingLine(member, true, null, false, null, new BigDecimal(amount), null, null);
    }

    @Test
    void aFlatChargeIsOnTheFirstPrincipalEveryMonthADecliningOneOnWhatIsStillOwed() {
        for (var method : ChargeMethod.values()) {
            written.clear();
            var constitution = constitution(method);
            meeting(constitution, DAY, shares(1, 5), shares(2, 5));
            meeting(constitution, DAY.plusDays(7), loan(1, "10000"));
            // A month later: 10 % of 10 000 either way; then 4 000 repaid (1 000 charge, 3 000 principal).
            var book = meeting(constitution, DAY.plusDays(7).plusMonths(1), repay(1, "4000"));
            assertThat(book.position(1).principal()).isEqualByComparingTo("7000");
            // The second month: flat on 10 000, declining on the 7 000 still owed.
            book = meeting(constitution, DAY.plusDays(7).plusMonths(2), repay(1, "0"));
            assertThat(book.position(1).charges()).isEqualByComparingTo(method == ChargeMethod.FLAT ? "1000" : "700");
            // Nothing is charged twice for the same month.
            book = meeting(constitution, DAY.plusDays(10).plusMonths(2), repay(1, "0"));
            assertThat(book.position(1).chargesTotal()).isEqualByComparingTo(method == ChargeMethod.FLAT ? "2000"
                    : "1700");
        }
    }

    @Test
    void aLoanStaysWithinThreeTimesTheSavingsAndTheCashInTheBoxAndOneAtATime() {
        var constitution = constitution(ChargeMethod.FLAT);
        meeting(constitution, DAY, shares(1, 2), shares(2, 5));
        // Member 1 saved 2 000: at most 6 000.
        assertRefused(() -> meeting(constitution, DAY.plusDays(7), loan(1, "6000.01")), "lines[0].loan",
                "savings.loan.above-multiple");
        // Member 2 saved 5 000 (limit 15 000) but the loan fund holds 7 000.
        assertRefused(() -> meeting(constitution, DAY.plusDays(7), loan(2, "7000.01")), "lines[0].loan",
                "savings.loan.above-cash");
        var book = meeting(constitution, DAY.plusDays(7), loan(2, "7000"));
        assertThat(book.loanFund()).isEqualByComparingTo("0");
        assertThat(book.socialFund()).isEqualByComparingTo("400");
        assertRefused(() -> meeting(constitution, DAY.plusDays(14), shares(1, 1), loan(2, "100")), "lines[1].loan",
                "savings.loan.open");
        assertRefused(() -> meeting(constitution, DAY.plusDays(14), repay(2, "7000.01")), "lines[0].repayment",
                "savings.repayment.above-owed");
        assertRefused(() -> meeting(constitution, DAY.plusDays(14), shares(1, 6)), "lines[0].shares",
                "savings.meeting.shares.range");
    }

    @Test
    void aGrantNeverTakesMoreThanTheSocialFundAndEveryProblemIsReportedAtOnce() {
        var constitution = constitution(ChargeMethod.FLAT);
        meeting(constitution, DAY, shares(1, 1), shares(2, 1));
        var grant = new MeetingLine(1, true, null, false, null, null, null, new BigDecimal("401"));
        var fine = new MeetingLine(2, true, 9, false, new BigDecimal("-5"), null, null, null);
        assertThatThrownBy(() -> meeting(constitution, DAY.plusDays(7), grant, fine))
                .isInstanceOfSatisfying(DomainRuleViolation.class, v -> assertThat(v.violations())
                        .extracting(DomainRuleViolation::field)
                        .containsExactly("lines[1].shares", "lines[1].fine"));
        assertRefused(() -> meeting(constitution, DAY.plusDays(7), grant), "lines[0].grant",
                "savings.grant.above-fund");
    }

    @Test
    void aCorrectionReversesAnEntryOnceAndNeverEmptiesTheBox() {
        var constitution = constitution(ChargeMethod.FLAT);
        meeting(constitution, DAY, shares(1, 5), shares(2, 1));
        var sharesOfOne = written.get(0);
        var book = meeting(constitution, DAY.plusDays(7), loan(2, "3000"));
        // Member 1's 5 000 paid for part of the loan: taking it back would leave the fund below zero.
        var reversal = new Entry(nextId++, 1L, EntryKind.REVERSAL, sharesOfOne.amount(), 0, DAY.plusDays(7),
                sharesOfOne.id());
        assertThatThrownBy(() -> CycleBook.replay(constitution, written).apply(reversal))
                .hasMessageContaining("savings.reversal.cash");
        var loan = written.get(written.size() - 1);
        var undoLoan = new Entry(nextId++, 2L, EntryKind.REVERSAL, loan.amount(), 0, DAY.plusDays(7), loan.id());
        book = CycleBook.replay(constitution, written);
        book.apply(undoLoan);
        written.add(undoLoan);
        assertThat(book.loanFund()).isEqualByComparingTo("6000");
        assertThat(book.position(2).loanOpen()).isFalse();
        var again = new Entry(nextId++, 2L, EntryKind.REVERSAL, loan.amount(), 0, DAY.plusDays(7), loan.id());
        assertThatThrownBy(() -> CycleBook.replay(constitution, written).apply(again))
                .hasMessageContaining("savings.reversal.already");
        var ofReversal = new Entry(nextId++, 2L, EntryKind.REVERSAL, loan.amount(), 0, DAY.plusDays(7),
                undoLoan.id());
        assertThatThrownBy(() -> CycleBook.replay(constitution, written).apply(ofReversal))
                .hasMessageContaining("savings.reversal.of-reversal");
    }

    @Test
    void theShareOutGivesTheLeftOverCentsToTheLargestFractionsThenTheEarlierMember() {
        var constitution = new Constitution(new BigDecimal("1"), 1, 5, BigDecimal.ZERO, ChargeMethod.FLAT, 3,
                BigDecimal.ZERO, new BigDecimal("1"), 12);
        // Three members, one share each, and a fine of 1.00 in the fund: 4.00 over 3 shares = 1.3333...
        meeting(constitution, DAY, shares(1, 1), shares(2, 1), shares(3, 1),
                new MeetingLine(3, true, null, false, new BigDecimal("1"), null, null, null));
        var shareOut = ShareOut.of(CycleBook.replay(constitution, written), List.of(1L, 2L, 3L));
        assertThat(shareOut.shareValue()).isEqualByComparingTo("1.3333");
        assertThat(shareOut.payouts()).extracting(p -> p.payout().toPlainString())
                .containsExactly("1.34", "1.33", "1.33");
        assertThat(shareOut.totalPaid()).isEqualByComparingTo("4.00");
    }

    @Test
    void aLoanStillOwedCountsInTheFundAndComesOffTheBorrowersPayout() {
        var constitution = constitution(ChargeMethod.FLAT);
        meeting(constitution, DAY, shares(1, 5), shares(2, 5));
        meeting(constitution, DAY.plusDays(7), loan(1, "4000"));
        var shareOut = ShareOut.of(CycleBook.replay(constitution, written), List.of(1L, 2L));
        // Cash 6 000 + 4 000 owed = 10 000 over 10 shares: member 1 gets 5 000 - 4 000.
        assertThat(shareOut.payouts()).extracting(p -> p.payout().toPlainString())
                .containsExactly("1000.00", "5000.00");
        assertThat(shareOut.socialFundKept()).isEqualByComparingTo("400");
    }

    private static void assertRefused(Runnable action, String field, String key) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(DomainRuleViolation.class, v -> {
            assertThat(v.field()).isEqualTo(field);
            assertThat(v.messageKey()).isEqualTo(key);
        });
    }
}
