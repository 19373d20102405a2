package org.orepass.savings;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.orepass.shared.DomainRuleViolation;
import org.orepass.shared.Money;
import org.orepass.shared.RuleChecks;

/**
 * A cycle's ledger replayed: the cash in the box (loan fund and social fund apart), and for each member the
 * shares bought, the loan principal and service charges still owed. Pure; built from the entries in the order they
 * were written, and refusing any entry that breaks a rule:
 * <ul>
 * <li>a loan only when the member has no loan open, up to the constitution's multiple of the member's savings
 * and up to the cash in the loan fund;</li>
 * <li>a repayment never more than the member owes (it pays service charges first, then principal);</li>
 * <li>a grant never more than the social fund holds; so neither fund ever goes below zero;</li>
 * <li>savings never leave the box before the share-out (there is no withdrawal; a reversal that would leave a
 * fund below zero is refused);</li>
 * <li>a correction is a reversal of an earlier entry, once, never of a reversal.</li>
 * </ul>
 * Service charges: for each full month a loan has been out, one charge is due at the first meeting after that
 * month ends, computed on the loan's first principal ({@link ChargeMethod#FLAT}) or on the principal owed at that
 * meeting before its repayments ({@link ChargeMethod#DECLINING}), at the constitution's rate, rounded half up to
 * the cent ({@link #dueCharges}).
 */
public final class CycleBook {

    /** Amounts are kept to the cent, as {@link Money}. */
    public static final int SCALE = Money.SCALE;

    private final Constitution constitution;
    /** The group's currency while a meeting is recorded: the amounts of its refusals are money in it. */
    private String currency;
    private BigDecimal loanFund = zero();
    private BigDecimal socialFund = zero();
    private BigDecimal cashIn = zero();
    private BigDecimal cashOut = zero();
    private final Map<Long, Position> positions = new LinkedHashMap<>();
    private final Map<Long, Entry> entries = new HashMap<>();
    private final Set<Long> reversed = new HashSet<>();
    private final Map<Long, BigDecimal> chargesPaidBy = new HashMap<>();

    public CycleBook(Constitution constitution) {
        this.constitution = constitution;
    }

    /** A book with these entries applied in order (as written: each was accepted when it was written). */
    public static CycleBook replay(Constitution constitution, Collection<Entry> written) {
        var book = new CycleBook(constitution);
        written.forEach(book::apply);
        return book;
    }

    /** Where a member stands in the cycle. */
    public static final class Position {
        private int shares;
        private BigDecimal savings = zero();
        private BigDecimal principal = zero();
        private BigDecimal charges = zero();
        private BigDecimal loanPrincipal = zero();
        private LocalDate loanDate;
        private int monthsCharged;
        private BigDecimal borrowed = zero();
        private BigDecimal repaid = zero();
        private BigDecimal chargesTotal = zero();
        private BigDecimal fines = zero();
        private BigDecimal socialPaid = zero();
        private BigDecimal grants = zero();

        public int shares() {
            return shares;
        }

        public BigDecimal savings() {
            return savings;
        }

        /** Loan principal still owed. */
        public BigDecimal principal() {
            return principal;
        }

        /** Service charges due and not yet paid. */
        public BigDecimal charges() {
            return charges;
        }

        public BigDecimal owed() {
            return principal.add(charges);
        }

        public boolean loanOpen() {
            return owed().signum() > 0;
        }

        public LocalDate loanDate() {
            return loanDate;
        }

        public BigDecimal borrowed() {
            return borrowed;
        }

        public BigDecimal repaid() {
            return repaid;
        }

        public BigDecimal chargesTotal() {
            return chargesTotal;
        }

        public BigDecimal fines() {
            return fines;
        }

        public BigDecimal socialPaid() {
            return socialPaid;
        }

        public BigDecimal grants() {
            return grants;
        }
    }

    public Constitution constitution() {
        return constitution;
    }

    /** Cash in the loan fund: savings, repayments (with their service charges) and fines, less loans given. */
    public BigDecimal loanFund() {
        return loanFund;
    }

    /** Cash in the social fund, kept aside at the share-out. */
    public BigDecimal socialFund() {
        return socialFund;
    }

    /** All the cash in the box. */
    public BigDecimal cash() {
        return loanFund.add(socialFund);
    }

    public BigDecimal cashIn() {
        return cashIn;
    }

    public BigDecimal cashOut() {
        return cashOut;
    }

    public Position position(long memberId) {
        return positions.computeIfAbsent(memberId, id -> new Position());
    }

    /** Members with an entry, in the order they first appeared. */
    public Map<Long, Position> positions() {
        return java.util.Collections.unmodifiableMap(positions);
    }

    public int totalShares() {
        return positions.values().stream().mapToInt(Position::shares).sum();
    }

    public BigDecimal totalOwed() {
        return positions.values().stream().map(Position::owed).reduce(zero(), BigDecimal::add);
    }

    /** Principal still out on loan. */
    public BigDecimal loansOutstanding() {
        return positions.values().stream().map(Position::principal).reduce(zero(), BigDecimal::add);
    }

    public boolean isReversed(long entryId) {
        return reversed.contains(entryId);
    }

    /** Applies one entry, or refuses it (a {@link DomainRuleViolation} on no field) leaving the book unchanged. */
    public void apply(Entry entry) {
        if (entry.kind() == EntryKind.REVERSAL) {
            reverse(entry);
        } else {
            applyEffect(entry, 1);
        }
        if (entry.id() != 0) {
            entries.put(entry.id(), entry);
        }
    }

    private void applyEffect(Entry entry, int sign) {
        var amount = entry.amount();
        var member = entry.memberId() == null ? null : position(entry.memberId());
        switch (entry.kind()) {
            case SHARES -> {
                if (sign < 0 && loanFund.compareTo(amount) < 0) {
                    throw refused("savings.reversal.cash");
                }
                member.shares += sign * entry.shares();
                member.savings = member.savings.add(signed(amount, sign));
                moveCash(amount, sign, false);
            }
            case SOCIAL_FUND -> {
                if (sign < 0 && socialFund.compareTo(amount) < 0) {
                    throw refused("savings.reversal.cash");
                }
                member.socialPaid = member.socialPaid.add(signed(amount, sign));
                moveCash(amount, sign, true);
            }
            case SOCIAL_GRANT -> {
                if (sign > 0 && socialFund.compareTo(amount) < 0) {
                    throw refused("savings.grant.above-fund", money(socialFund));
                }
                member.grants = member.grants.add(signed(amount, sign));
                moveCash(amount, -sign, true);
            }
            case FINE -> {
                if (sign < 0 && loanFund.compareTo(amount) < 0) {
                    throw refused("savings.reversal.cash");
                }
                member.fines = member.fines.add(signed(amount, sign));
                moveCash(amount, sign, false);
            }
            case LOAN -> {
                if (sign > 0) {
                    checkLoan(member, amount);
                    member.loanPrincipal = amount;
                    member.loanDate = entry.on();
                    member.monthsCharged = 0;
                } else if (member.principal.compareTo(amount) < 0) {
                    throw refused("savings.reversal.loan-repaid");
                }
                member.principal = member.principal.add(signed(amount, sign));
                member.borrowed = member.borrowed.add(signed(amount, sign));
                moveCash(amount, -sign, false);
            }
            case REPAYMENT -> {
                if (sign > 0) {
                    if (amount.compareTo(member.owed()) > 0) {
                        throw refused("savings.repayment.above-owed", money(member.owed()));
                    }
                    var toCharges = amount.min(member.charges);
                    member.charges = member.charges.subtract(toCharges);
                    member.principal = member.principal.subtract(amount.subtract(toCharges));
                    if (entry.id() != 0) {
                        chargesPaidBy.put(entry.id(), toCharges);
                    }
                } else {
                    if (loanFund.compareTo(amount) < 0) {
                        throw refused("savings.reversal.cash");
                    }
                    var toCharges = chargesPaidBy.getOrDefault(entry.id(), zero());
                    member.charges = member.charges.add(toCharges);
                    member.principal = member.principal.add(amount.subtract(toCharges));
                }
                member.repaid = member.repaid.add(signed(amount, sign));
                moveCash(amount, sign, false);
            }
            case SERVICE_CHARGE -> {
                if (sign > 0) {
                    member.monthsCharged++;
                } else if (member.charges.compareTo(amount) < 0) {
                    throw refused("savings.reversal.charge-paid");
                }
                member.charges = member.charges.add(signed(amount, sign));
                member.chargesTotal = member.chargesTotal.add(signed(amount, sign));
            }
            default -> throw new IllegalStateException(entry.kind().name());
        }
    }

    private void checkLoan(Position member, BigDecimal amount) {
        if (amount.signum() <= 0) {
            throw refused("savings.amount.positive");
        }
        if (member.loanOpen()) {
            throw refused("savings.loan.open", money(member.owed()));
        }
        var limit = member.savings.multiply(BigDecimal.valueOf(constitution.maxLoanMultiple()));
        if (amount.compareTo(limit) > 0) {
            throw refused("savings.loan.above-multiple", money(limit), constitution.maxLoanMultiple());
        }
        if (amount.compareTo(loanFund) > 0) {
            throw refused("savings.loan.above-cash", money(loanFund));
        }
    }

    private void reverse(Entry reversal) {
        var original = entries.get(reversal.reverses());
        if (original == null) {
            throw refused("savings.reversal.unknown");
        }
        if (original.kind() == EntryKind.REVERSAL) {
            throw refused("savings.reversal.of-reversal");
        }
        if (reversed.contains(original.id())) {
            throw refused("savings.reversal.already");
        }
        applyEffect(original, -1);
        reversed.add(original.id());
    }

    private void moveCash(BigDecimal amount, int sign, boolean social) {
        if (sign > 0) {
            cashIn = cashIn.add(amount);
        } else if (sign < 0) {
            cashOut = cashOut.add(amount);
        }
        if (social) {
            socialFund = socialFund.add(signed(amount, sign));
        } else {
            loanFund = loanFund.add(signed(amount, sign));
        }
        if (socialFund.signum() < 0 || loanFund.signum() < 0) {
            throw new IllegalStateException("the box went below zero");
        }
    }

    /**
     * The service charges due at a meeting on this day: for each open loan, one entry per full month since the
     * loan was given that has not been charged yet, on the principal first lent (flat) or owed now (declining).
     */
    public List<Entry> dueCharges(LocalDate on) {
        var due = new ArrayList<Entry>();
        positions.forEach((memberId, member) -> {
            if (member.loanDate == null || member.principal.signum() <= 0) {
                return;
            }
            long months = ChronoUnit.MONTHS.between(member.loanDate, on);
            var base = constitution.chargeMethod() == ChargeMethod.FLAT ? member.loanPrincipal : member.principal;
            var charge = constitution.monthlyCharge(base);
            for (long month = member.monthsCharged + 1; month <= months; month++) {
                if (charge.signum() > 0) {
                    due.add(Entry.of(memberId, EntryKind.SERVICE_CHARGE, charge, on));
                }
            }
        });
        return due;
    }

    /**
     * Records a meeting in this book and returns the entries to write, in order: the service charges due, then the
     * money that came in (shares, social fund, fines, repayments), then what went out (grants, loans), so loans come
     * from the day's collection too. Refuses the whole meeting, every problem at once, on the fields
     * {@code lines[i].shares}, {@code .fine}, {@code .repayment}, {@code .loan}, {@code .grant}.
     */
    public List<Entry> record(LocalDate on, List<MeetingLine> lines, String currency) {
        this.currency = currency;
        var checks = new RuleChecks();
        var written = new ArrayList<Entry>();
        for (int i = 0; i < lines.size(); i++) {
            var line = lines.get(i);
            var prefix = "lines[" + i + "].";
            int shares = line.sharesOrZero();
            checks.refuseIf(shares != 0 && (shares < constitution.minShares() || shares > constitution.maxShares()),
                    prefix + "shares", "savings.meeting.shares.range", constitution.minShares(),
                    constitution.maxShares());
            for (var field : List.of("fine", "repayment", "loan", "grant")) {
                var amount = amount(line, field);
                if (amount != null) {
                    checks.run(() -> Money.typed(prefix + field, amount, prefix + field, currency));
                }
            }
        }
        checks.throwIfAny();
        for (var charge : dueCharges(on)) {
            apply(charge);
            written.add(charge);
        }
        for (int i = 0; i < lines.size(); i++) {
            var line = lines.get(i);
            var prefix = "lines[" + i + "].";
            if (line.sharesOrZero() > 0) {
                var entry = new Entry(0, line.memberId(), EntryKind.SHARES,
                        constitution.valueOf(line.sharesOrZero()), line.sharesOrZero(), on, null);
                write(entry, written, checks, prefix + "shares");
            }
            if (line.socialFund() && constitution.socialFundContribution().signum() > 0) {
                write(Entry.of(line.memberId(), EntryKind.SOCIAL_FUND, constitution.socialFundContribution(), on),
                        written, checks, prefix + "socialFund");
            }
            writeAmount(line, "fine", EntryKind.FINE, on, written, checks, prefix);
            writeAmount(line, "repayment", EntryKind.REPAYMENT, on, written, checks, prefix);
        }
        for (int i = 0; i < lines.size(); i++) {
            var line = lines.get(i);
            var prefix = "lines[" + i + "].";
            writeAmount(line, "grant", EntryKind.SOCIAL_GRANT, on, written, checks, prefix);
            writeAmount(line, "loan", EntryKind.LOAN, on, written, checks, prefix);
        }
        checks.throwIfAny();
        return written;
    }

    private void writeAmount(MeetingLine line, String field, EntryKind kind, LocalDate on, List<Entry> written,
            RuleChecks checks, String prefix) {
        var amount = amount(line, field);
        if (amount != null && amount.signum() > 0) {
            write(Entry.of(line.memberId(), kind, amount.setScale(SCALE, RoundingMode.UNNECESSARY), on), written,
                    checks, prefix + field);
        }
    }

    private void write(Entry entry, List<Entry> written, RuleChecks checks, String field) {
        try {
            apply(entry);
            written.add(entry);
        } catch (DomainRuleViolation violation) {
            checks.refuseIf(true, field, violation.messageKey(), violation.arguments());
        }
    }

    private static BigDecimal amount(MeetingLine line, String field) {
        return switch (field) {
            case "fine" -> line.fine();
            case "repayment" -> line.repayment();
            case "loan" -> line.loan();
            default -> line.grant();
        };
    }

    /** An amount as a refusal's argument: money in the group's currency when known, for the reader to format. */
    private Object money(BigDecimal amount) {
        return money(amount, currency);
    }

    /**
     * An amount of a refusal's message as {@link Money}, which the web layer writes as the reader does (the digit
     * groups and decimal sign of the language, the currency's digits); the plain number without a currency.
     */
    static Object money(BigDecimal amount, String currency) {
        if (!Money.isCurrency(currency) || amount.signum() < 0 || amount.compareTo(Money.MAX) > 0) {
            return amount.toPlainString();
        }
        return new Money(amount, currency);
    }

    private static DomainRuleViolation refused(String key, Object... arguments) {
        return new DomainRuleViolation(null, key, arguments);
    }

    private static BigDecimal signed(BigDecimal amount, int sign) {
        return sign < 0 ? amount.negate() : amount;
    }

    static BigDecimal zero() {
        return BigDecimal.ZERO.setScale(SCALE);
    }
}
