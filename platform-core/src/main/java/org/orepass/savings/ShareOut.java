package org.orepass.savings;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.orepass.shared.DomainRuleViolation;

/**
 * The end of a cycle: everything in the loan fund goes back to the members in proportion to their shares.
 *
 * <p>The fund shared is the cash in the loan fund (savings, service charges paid and fines; the social fund is kept
 * aside for the next cycle) plus what members still owe on loans, which is deducted from their own payout, so
 * that a loan not yet repaid still counts for everyone and the borrower alone bears it:
 * {@code share value = (loan fund cash + owed) / shares}; {@code payout = shares x share value - owed}. When every
 * loan is repaid (the usual case) that is simply the cash divided by the shares.
 *
 * <p>Rounding: each payout is rounded down to the cent; the cents left over (fewer than the number of members) go
 * one each to the members whose payouts lost the largest fractions, the earlier member number first on a tie. So
 * the payouts add up to exactly the loan fund's cash and none is more than a cent from its exact value. A member
 * who owes more than their shares are worth stops the share-out until the loan is repaid.
 */
public record ShareOut(BigDecimal fund, int totalShares, BigDecimal shareValue, BigDecimal cash,
        BigDecimal socialFundKept, List<Payout> payouts) {

    /** The digits a share's value is shown with (payouts are computed from the exact fraction). */
    public static final int SHARE_VALUE_SCALE = 4;

    /** One member's line of the share-out. */
    public record Payout(long memberId, int shares, BigDecimal savings, BigDecimal owed, BigDecimal payout) {

        /** What the member gets beyond their savings (their part of the service charges and fines). */
        public BigDecimal profit() {
            return payout.add(owed).subtract(savings);
        }
    }

    /**
     * The share-out of a book, members in the given order (their number: it settles ties of the remainder).
     * Refused when no share was bought ({@code savings.shareout.no-shares}) or a member owes more than their
     * shares are worth ({@code savings.shareout.owes-more}, with the member's id).
     */
    public static ShareOut of(CycleBook book, List<Long> memberOrder) {
        int total = book.totalShares();
        if (total <= 0) {
            throw new DomainRuleViolation(null, "savings.shareout.no-shares");
        }
        var cash = book.loanFund();
        var fund = cash.add(book.totalOwed());
        var totalShares = BigDecimal.valueOf(total);
        var lines = new ArrayList<Line>();
        var paid = CycleBook.zero();
        int rank = 0;
        var ordered = new ArrayList<>(memberOrder);
        book.positions().keySet().stream().filter(id -> !ordered.contains(id)).sorted().forEach(ordered::add);
        for (var memberId : ordered) {
            var position = book.positions().get(memberId);
            rank++;
            if (position == null || (position.shares() == 0 && position.owed().signum() == 0)) {
                continue;
            }
            // exact = fund * shares / total - owed, kept as a fraction over total to avoid any rounding here.
            var numerator = fund.multiply(BigDecimal.valueOf(position.shares()))
                    .subtract(position.owed().multiply(totalShares));
            if (numerator.signum() < 0) {
                throw new DomainRuleViolation(null, "savings.shareout.owes-more", memberId);
            }
            var floor = numerator.divide(totalShares, CycleBook.SCALE, RoundingMode.FLOOR);
            var lost = numerator.subtract(floor.multiply(totalShares));
            lines.add(new Line(memberId, rank, position, floor, lost));
            paid = paid.add(floor);
        }
        var cent = BigDecimal.ONE.movePointLeft(CycleBook.SCALE);
        long leftOver = cash.subtract(paid).movePointRight(CycleBook.SCALE).longValueExact();
        var byLoss = new ArrayList<>(lines);
        byLoss.sort(Comparator.comparing(Line::lost).reversed().thenComparingInt(Line::rank));
        for (int i = 0; i < leftOver; i++) {
            var line = byLoss.get(i % byLoss.size());
            line.payout = line.payout.add(cent);
        }
        var payouts = lines.stream().map(line -> new Payout(line.memberId, line.position.shares(),
                line.position.savings(), line.position.owed(), line.payout)).toList();
        var value = fund.divide(totalShares, SHARE_VALUE_SCALE, RoundingMode.HALF_UP);
        return new ShareOut(fund, total, value, cash, book.socialFund(), payouts);
    }

    public BigDecimal totalPaid() {
        return payouts.stream().map(Payout::payout).reduce(CycleBook.zero(), BigDecimal::add);
    }

    private static final class Line {
        private final long memberId;
        private final int rank;
        private final CycleBook.Position position;
        private BigDecimal payout;
        private final BigDecimal lost;

        Line(long memberId, int rank, CycleBook.Position position, BigDecimal payout, BigDecimal lost) {
            this.memberId = memberId;
            this.rank = rank;
            this.position = position;
            this.payout = payout;
            this.lost = lost;
        }

        int rank() {
            return rank;
        }

        BigDecimal lost() {
            return lost;
        }
    }
}
