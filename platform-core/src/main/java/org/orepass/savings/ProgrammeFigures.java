package org.orepass.savings;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A programme's view of its savings groups (issue 23), for the CSOs that support them: for each group's current
 * (or last) cycle and for all groups by members' sex, how much was saved, the principal still out on loan, the
 * repayment rate and the portfolio at risk. Pure.
 *
 * <ul>
 * <li>Repayment rate = repaid / (lent + service charges due), in %: what came back of what was owed so far.</li>
 * <li>Portfolio at risk = principal of loans given more than {@value #AT_RISK_DAYS} days ago and still owed /
 * principal outstanding, in % (a savings-group loan normally runs up to three months).</li>
 * </ul>
 */
public record ProgrammeFigures(List<Line> groups, Map<Sex, Line> bySex, Line total) {

    public static final int AT_RISK_DAYS = 90;

    /** The figures of one group, one sex, or everything. Amounts in the groups' currency. */
    public record Line(String label, String currency, int women, int men, BigDecimal savings,
            BigDecimal loansOutstanding, BigDecimal atRisk, BigDecimal lent, BigDecimal repaid, BigDecimal charged,
            BigDecimal socialFund) {

        /** Null when nothing was lent. */
        public BigDecimal repaymentRate() {
            var due = lent.add(charged);
            return due.signum() == 0 ? null : percent(repaid, due);
        }

        /** Null when no loan is out. */
        public BigDecimal portfolioAtRisk() {
            return loansOutstanding.signum() == 0 ? null : percent(atRisk, loansOutstanding);
        }

        public int members() {
            return women + men;
        }

        Line plus(Line other) {
            return new Line(label, currency == null || currency.equals(other.currency) ? other.currency : "",
                    women + other.women, men + other.men, savings.add(other.savings),
                    loansOutstanding.add(other.loansOutstanding), atRisk.add(other.atRisk), lent.add(other.lent),
                    repaid.add(other.repaid), charged.add(other.charged), socialFund.add(other.socialFund));
        }

        static Line empty(String label, String currency) {
            var zero = CycleBook.zero();
            return new Line(label, currency, 0, 0, zero, zero, zero, zero, zero, zero, zero);
        }

        private static BigDecimal percent(BigDecimal part, BigDecimal whole) {
            return part.multiply(BigDecimal.valueOf(100)).divide(whole, 1, RoundingMode.HALF_UP);
        }
    }

    /** One group's members and the book of its current or last cycle (null: none yet). */
    public record GroupBook(SavingsGroup group, List<GroupMember> members, CycleBook book) {
    }

    public static ProgrammeFigures of(List<GroupBook> books, LocalDate today) {
        var lines = new ArrayList<Line>();
        var bySex = new EnumMap<Sex, Line>(Sex.class);
        Line total = null;
        for (var entry : books) {
            var currency = entry.group().currency();
            var groupLine = Line.empty(entry.group().name(), currency);
            for (var member : entry.members()) {
                var line = memberLine(member, entry.book(), currency, today);
                groupLine = groupLine.plus(line);
                bySex.merge(member.sex(), line, (a, b) -> a.plus(b));
            }
            if (entry.book() != null) {
                var social = entry.book().socialFund();
                groupLine = groupLine.plus(new Line("", currency, 0, 0, CycleBook.zero(), CycleBook.zero(),
                        CycleBook.zero(), CycleBook.zero(), CycleBook.zero(), CycleBook.zero(), social));
            }
            lines.add(groupLine);
            total = total == null ? Line.empty("", currency).plus(groupLine) : total.plus(groupLine);
        }
        return new ProgrammeFigures(lines, bySex, total == null ? Line.empty("", "") : total);
    }

    private static Line memberLine(GroupMember member, CycleBook book, String currency, LocalDate today) {
        int women = member.sex() == Sex.FEMALE ? 1 : 0;
        var zero = CycleBook.zero();
        if (book == null || !book.positions().containsKey(member.id())) {
            return new Line(member.sex().name(), currency, women, 1 - women, zero, zero, zero, zero, zero, zero,
                    zero);
        }
        var p = book.position(member.id());
        boolean late = p.principal().signum() > 0 && p.loanDate() != null
                && p.loanDate().plusDays(AT_RISK_DAYS).isBefore(today);
        return new Line(member.sex().name(), currency, women, 1 - women, p.savings(), p.principal(),
                late ? p.principal() : zero, p.borrowed(), p.repaid(), p.chargesTotal(), zero);
    }
}
