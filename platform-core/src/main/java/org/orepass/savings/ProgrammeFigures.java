package org.orepass.savings;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

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
 * Money is never added across currencies: a CSO supporting groups that save in UGX and in KES gets the figures by
 * sex and the totals once per currency ({@link #currencies}, by code), and {@link Line#plus} refuses to mix two.
 */
public record ProgrammeFigures(List<Line> groups, List<CurrencyFigures> currencies) {

    /** The groups saving in one currency: their members by sex, and their total. */
    public record CurrencyFigures(String currency, Map<Sex, Line> bySex, Line total) {
    }

    /** The figures of one currency (null when no group saves in it). */
    public CurrencyFigures in(String currency) {
        return currencies.stream().filter(c -> c.currency().equals(currency)).findFirst().orElse(null);
    }

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
            if (!currency.equals(other.currency)) {
                throw new IllegalArgumentException("money is never added across currencies: " + currency + " and "
                        + other.currency);
            }
            return new Line(label, currency,
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
        var bySexIn = new TreeMap<String, Map<Sex, Line>>();
        var totals = new TreeMap<String, Line>();
        for (var entry : books) {
            var currency = entry.group().currency();
            var groupLine = Line.empty(entry.group().name(), currency);
            var bySex = bySexIn.computeIfAbsent(currency, c -> new EnumMap<>(Sex.class));
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
            totals.merge(currency, Line.empty("", currency).plus(groupLine), Line::plus);
        }
        var currencies = new ArrayList<CurrencyFigures>();
        totals.forEach((currency, total) -> currencies.add(new CurrencyFigures(currency, bySexIn.get(currency),
                total)));
        return new ProgrammeFigures(lines, List.copyOf(currencies));
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
