package org.orepass.savings;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.stream.LongStream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** The ledger's properties over random cycles (issue 23's proof). */
class CycleBookProperties {

    @Property(tries = 300)
    void cashInTheBoxIsAlwaysWhatCameInLessWhatWentOutAndNeverBelowZero(@ForAll long seed,
            @ForAll @IntRange(min = 1, max = 40) int meetings) {
        var cycle = new SavingsSchedules(seed);
        cycle.observer = (before, on, entries) -> {
            var after = CycleBook.replay(cycle.constitution, cycle.written);
            assertThat(after.loanFund().signum()).isGreaterThanOrEqualTo(0);
            assertThat(after.socialFund().signum()).isGreaterThanOrEqualTo(0);
        };
        cycle.run(meetings);
        var book = CycleBook.replay(cycle.constitution, cycle.written);
        // Counted straight from the entries, not from the book: a reversal takes back what its entry moved.
        var byId = new HashMap<Long, Entry>();
        var in = BigDecimal.ZERO;
        var out = BigDecimal.ZERO;
        for (var entry : cycle.written) {
            byId.put(entry.id(), entry);
            var effective = entry.kind() == EntryKind.REVERSAL ? byId.get(entry.reverses()) : entry;
            int sign = effective.kind().cashSign() * (entry.kind() == EntryKind.REVERSAL ? -1 : 1);
            if (sign > 0) {
                in = in.add(effective.amount());
            } else if (sign < 0) {
                out = out.add(effective.amount());
            }
        }
        assertThat(book.cash()).isEqualByComparingTo(in.subtract(out));
        assertThat(book.cash().signum()).isGreaterThanOrEqualTo(0);
        assertThat(book.cashIn().subtract(book.cashOut())).isEqualByComparingTo(book.cash());
    }

    @Property(tries = 300)
    void theShareOutDistributesExactlyWhatTheLoanFundHolds(@ForAll long seed,
            @ForAll @IntRange(min = 1, max = 40) int meetings, @ForAll boolean repayFirst) {
        var cycle = new SavingsSchedules(seed);
        cycle.run(meetings);
        if (repayFirst) {
            cycle.repayAll();
        }
        var book = cycle.book;
        var order = LongStream.rangeClosed(1, cycle.members).boxed().toList();
        if (book.totalShares() == 0) {
            return;
        }
        ShareOut shareOut;
        try {
            shareOut = ShareOut.of(book, order);
        } catch (org.orepass.shared.DomainRuleViolation owesMore) {
            assertThat(owesMore.messageKey()).isEqualTo("savings.shareout.owes-more");
            var member = book.position((Long) owesMore.arguments()[0]);
            var worth = book.loanFund().add(book.totalOwed()).multiply(BigDecimal.valueOf(member.shares()))
                    .divide(BigDecimal.valueOf(book.totalShares()), 10, java.math.RoundingMode.HALF_UP);
            assertThat(member.owed()).isGreaterThan(worth);
            return;
        }
        assertThat(shareOut.totalPaid()).isEqualByComparingTo(book.loanFund());
        var totalShares = BigDecimal.valueOf(book.totalShares());
        for (var payout : shareOut.payouts()) {
            assertThat(payout.payout().signum()).isGreaterThanOrEqualTo(0);
            assertThat(payout.payout().scale()).isEqualTo(2);
            var exact = shareOut.fund().multiply(BigDecimal.valueOf(payout.shares()))
                    .divide(totalShares, 12, java.math.RoundingMode.HALF_UP).subtract(payout.owed());
            assertThat(payout.payout().subtract(exact).abs()).isLessThan(new BigDecimal("0.01"));
        }
        if (repayFirst) {
            assertThat(book.totalOwed().signum()).isZero();
            assertThat(shareOut.fund()).isEqualByComparingTo(book.loanFund());
        }
    }

    @Property(tries = 300)
    void serviceChargesFollowTheConstitutionForAnyScheduleOfLoansAndRepayments(@ForAll long seed,
            @ForAll @IntRange(min = 1, max = 40) int meetings) {
        // Reversals would change the model's loans behind its back: this property runs without them.
        var cycle = new SavingsSchedules(seed) {
            @Override
            void reverseOne() {
            }
        };
        var constitution = cycle.constitution;
        // The model: each member's loan date, first principal, months charged, principal owed.
        var model = new HashMap<Long, long[]>();
        var loans = new HashMap<Long, Entry>();
        var principal = new HashMap<Long, BigDecimal>();
        var charges = new HashMap<Long, BigDecimal>();
        cycle.observer = (before, on, entries) -> {
            var expected = new ArrayList<String>();
            for (var member : new java.util.TreeSet<>(loans.keySet())) {
                var owed = principal.getOrDefault(member, BigDecimal.ZERO);
                if (owed.signum() <= 0) {
                    continue;
                }
                long months = ChronoUnit.MONTHS.between(loans.get(member).on(), on);
                var base = constitution.chargeMethod() == ChargeMethod.FLAT ? loans.get(member).amount() : owed;
                var charge = base.multiply(constitution.serviceChargePercent()).divide(BigDecimal.valueOf(100), 2,
                        java.math.RoundingMode.HALF_UP);
                for (long m = model.get(member)[0] + 1; m <= months; m++) {
                    if (charge.signum() > 0) {
                        expected.add(member + ":" + charge.toPlainString());
                    }
                    model.get(member)[0] = m;
                }
            }
            var actual = entries.stream().filter(e -> e.kind() == EntryKind.SERVICE_CHARGE)
                    .map(e -> e.memberId() + ":" + e.amount().toPlainString()).sorted().toList();
            assertThat(actual).isEqualTo(expected.stream().sorted().toList());
            // Then the meeting's own entries move the model: charges first, repayments pay charges then principal.
            for (var entry : entries) {
                var member = entry.memberId();
                switch (entry.kind()) {
                    case SERVICE_CHARGE -> charges.merge(member, entry.amount(), BigDecimal::add);
                    case REPAYMENT -> {
                        var toCharges = entry.amount().min(charges.getOrDefault(member, BigDecimal.ZERO));
                        charges.merge(member, toCharges.negate(), BigDecimal::add);
                        principal.merge(member, entry.amount().subtract(toCharges).negate(), BigDecimal::add);
                    }
                    case LOAN -> {
                        loans.put(member, entry);
                        principal.put(member, entry.amount());
                        model.put(member, new long[] {0});
                    }
                    default -> { }
                }
            }
        };
        cycle.run(meetings);
        for (var member : loans.keySet()) {
            var position = cycle.book.position(member);
            assertThat(position.borrowed().signum()).isPositive();
            assertThat(position.charges()).isEqualByComparingTo(charges.get(member) == null ? BigDecimal.ZERO
                    : charges.get(member));
            assertThat(position.principal()).isEqualByComparingTo(principal.get(member));
        }
    }
}
