package org.orepass.savings;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.orepass.account.Actor;
import org.orepass.account.Role;
import org.orepass.organisation.OrganisationType;
import org.orepass.organisation.Organisations;
import org.orepass.savings.internal.SavingsStore;
import org.orepass.shared.Money;
import org.orepass.shared.NotFoundException;
import org.orepass.shared.RuleChecks;
import org.orepass.shared.Text;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Equipment finance (issue 23): a lender records a loan to a producer organisation (a cooperative or mine
 * operator) for equipment, and its repayments; both parties see the schedule and the arrears.
 * <ul>
 * <li>record: a user of the lender (OPERATOR, EXPORTER or CSO_MONITOR) or an ADMIN;</li>
 * <li>read: users of the lender or of the producer, ADMINs and AUDITORs.</li>
 * </ul>
 * Audited as {@code EquipmentLoan} and {@code EquipmentRepayment}.
 */
@Service
@Transactional
public class EquipmentFinance {

    public static final int MAX_EQUIPMENT = 200;
    public static final BigDecimal MAX_RATE = new BigDecimal("100");
    public static final int MAX_TERM = 120;

    private final SavingsStore store;
    private final Organisations organisations;
    private final Clock clock;

    public EquipmentFinance(SavingsStore store, Organisations organisations, Clock clock) {
        this.store = store;
        this.organisations = organisations;
        this.clock = clock;
    }

    /** A loan with its schedule, repayments and where it stands today. */
    public record LoanView(EquipmentLoan loan, LoanSchedule schedule, List<SavingsStore.EquipmentRepayment> repayments,
            LoanSchedule.Standing standing, boolean mayRecord) {
    }

    public static boolean mayLend(Actor actor) {
        return actor.has(Role.ADMIN) || (actor.organisationId() != null && (actor.has(Role.OPERATOR)
                || actor.has(Role.EXPORTER) || actor.has(Role.CSO_MONITOR)));
    }

    static boolean mayRecord(Actor actor, EquipmentLoan loan) {
        return actor.has(Role.ADMIN) || (mayLend(actor) && actor.organisationId() != null
                && actor.organisationId() == loan.lenderId());
    }

    static boolean mayRead(Actor actor, EquipmentLoan loan) {
        return actor.has(Role.ADMIN) || actor.has(Role.AUDITOR) || (actor.organisationId() != null
                && (actor.organisationId() == loan.lenderId() || actor.organisationId() == loan.producerId()));
    }

    /** The loans the actor's organisation gave or received (every loan for administrators and auditors). */
    @Transactional(readOnly = true)
    public List<LoanView> list(Actor actor, Long producerId) {
        var loans = actor.has(Role.ADMIN) || actor.has(Role.AUDITOR) ? store.equipmentLoans()
                : actor.organisationId() == null ? List.<EquipmentLoan>of()
                        : store.equipmentLoansOf(actor.organisationId());
        return loans.stream().filter(l -> producerId == null || l.producerId() == producerId).map(l -> view(actor, l))
                .toList();
    }

    @Transactional(readOnly = true)
    public LoanView get(Actor actor, long id) {
        var loan = store.equipmentLoan(id).orElseThrow(() -> new NotFoundException("EquipmentLoan", id));
        if (!mayRead(actor, loan)) {
            throw new SavingsAccessDenied("read equipment loan " + id);
        }
        return view(actor, loan);
    }

    private LoanView view(Actor actor, EquipmentLoan loan) {
        var repayments = store.equipmentRepayments(loan.id());
        var paid = repayments.stream().map(SavingsStore.EquipmentRepayment::amount).reduce(CycleBook.zero(),
                BigDecimal::add);
        var schedule = loan.schedule();
        return new LoanView(loan, schedule, repayments, schedule.standing(LocalDate.now(clock), paid),
                mayRecord(actor, loan));
    }

    /** Records a loan from the actor's organisation (or, for an administrator, from {@code lenderId}). */
    public EquipmentLoan lend(Actor actor, Long lenderId, Long producerId, String equipment, BigDecimal principal,
            String currency, BigDecimal annualRatePercent, Integer termMonths, LocalDate givenOn,
            LocalDate firstDueOn) {
        if (!mayLend(actor)) {
            throw new SavingsAccessDenied("record equipment loans");
        }
        long lender = actor.has(Role.ADMIN) && lenderId != null ? lenderId
                : actor.organisationId() == null ? -1 : actor.organisationId();
        var checks = new RuleChecks();
        var what = equipment == null ? null : Text.clean(equipment).strip();
        checks.refuseIf(producerId == null, "producerId", "validation.required");
        if (producerId != null) {
            var producer = organisations.findById(producerId).orElse(null);
            checks.refuseIf(producer == null || !(producer.getType() == OrganisationType.COOPERATIVE
                    || producer.getType() == OrganisationType.MINE_OPERATOR) || producerId == lender, "producerId",
                    "savings.group.organisation.producer");
        }
        checks.refuseIf(organisations.findById(lender).isEmpty(), "lenderId", "validation.required");
        checks.refuseIf(what == null || what.isEmpty(), "equipment", "validation.required");
        checks.refuseIf(what != null && what.length() > MAX_EQUIPMENT, "equipment", "validation.too-long",
                MAX_EQUIPMENT);
        checks.refuseIf(principal == null, "principal", "validation.required");
        checks.refuseIf(principal != null && principal.signum() <= 0, "principal", "savings.amount.positive");
        var code = currency == null ? null : currency.strip().toUpperCase(Locale.ROOT);
        if (principal != null) {
            checks.run(() -> Money.typed("principal", principal, "currency", code));
        }
        checks.refuseIf(annualRatePercent == null, "annualRatePercent", "validation.required");
        checks.refuseIf(annualRatePercent != null && (annualRatePercent.signum() < 0
                || annualRatePercent.compareTo(MAX_RATE) > 0 || annualRatePercent.stripTrailingZeros().scale() > 2),
                "annualRatePercent", "savings.equipment.rate.range");
        checks.refuseIf(termMonths == null, "termMonths", "validation.required");
        checks.refuseIf(termMonths != null && (termMonths < 1 || termMonths > MAX_TERM), "termMonths",
                "savings.equipment.term.range", MAX_TERM);
        var today = LocalDate.now(clock);
        checks.refuseIf(givenOn == null, "givenOn", "validation.required");
        checks.refuseIf(givenOn != null && (givenOn.isAfter(today) || givenOn.isBefore(today.minusYears(10))),
                "givenOn", "savings.equipment.given.range");
        checks.refuseIf(firstDueOn == null, "firstDueOn", "validation.required");
        checks.refuseIf(firstDueOn != null && givenOn != null && (firstDueOn.isBefore(givenOn)
                || firstDueOn.isAfter(givenOn.plusYears(1))), "firstDueOn", "savings.equipment.first.range");
        checks.throwIfAny();
        var loan = new EquipmentLoan(0, lender, producerId, what, principal.setScale(CycleBook.SCALE), code,
                annualRatePercent, termMonths, givenOn, firstDueOn);
        long id = store.addEquipmentLoan(loan, actor.username());
        store.audit(actor.username(), "EquipmentLoan", String.valueOf(id), SavingsGroups.json("lenderId", lender,
                "producerId", producerId, "equipment", what, "principal", principal, "currency", code,
                "annualRatePercent", annualRatePercent, "termMonths", termMonths, "givenOn", givenOn,
                "firstDueOn", firstDueOn));
        return store.equipmentLoan(id).orElseThrow();
    }

    /** Records a repayment: from the day the loan was given to today, never more than what remains. */
    public void repay(Actor actor, long loanId, LocalDate paidOn, BigDecimal amount) {
        var loan = store.equipmentLoan(loanId).orElseThrow(() -> new NotFoundException("EquipmentLoan", loanId));
        if (!mayRecord(actor, loan)) {
            throw new SavingsAccessDenied("record repayments of equipment loan " + loanId);
        }
        store.lockEquipmentLoan(loanId);
        var current = view(actor, loan);
        var checks = new RuleChecks();
        var today = LocalDate.now(clock);
        checks.refuseIf(paidOn == null, "paidOn", "validation.required");
        checks.refuseIf(paidOn != null && (paidOn.isBefore(loan.givenOn()) || paidOn.isAfter(today)), "paidOn",
                "savings.equipment.paid.range", loan.givenOn().toString());
        checks.refuseIf(amount == null, "amount", "validation.required");
        checks.refuseIf(amount != null && amount.signum() <= 0, "amount", "savings.amount.positive");
        if (amount != null && amount.signum() > 0) {
            checks.run(() -> Money.typed("amount", amount, "amount", loan.currency()));
            checks.refuseIf(amount.compareTo(current.standing().outstanding()) > 0, "amount",
                    "savings.repayment.above-owed",
                    CycleBook.money(current.standing().outstanding(), loan.currency()));
        }
        checks.throwIfAny();
        long id = store.addEquipmentRepayment(loanId, paidOn, amount, actor.username());
        store.audit(actor.username(), "EquipmentRepayment", String.valueOf(id), SavingsGroups.json("loanId", loanId,
                "paidOn", paidOn, "amount", amount));
    }
}
