package org.orepass.revenue;

import org.orepass.revenue.internal.RevenueAccessDenied;
import org.orepass.revenue.internal.TaxDues;
import org.orepass.revenue.internal.TaxPayments;
import java.time.Clock;
import java.time.LocalDate;
import org.orepass.account.Actor;
import org.orepass.shared.Dates;
import org.orepass.shared.DomainRuleViolation;
import org.orepass.shared.NotFoundException;
import org.orepass.shared.Versioned;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Government collects: an inspector of the tax's jurisdiction (or an administrator) records a payment from its
 * receipt. Partial payments are fine; paying more than is owed, in another currency, or with a receipt number
 * the country already used is refused. The tax's version stops two officers recording against a stale balance.
 */
@Service
@Transactional
public class TaxCollection {

    private final TaxDues dues;
    private final TaxPayments payments;
    private final Clock clock;

    public TaxCollection(TaxDues dues, TaxPayments payments, Clock clock) {
        this.dues = dues;
        this.payments = payments;
        this.clock = clock;
    }

    public TaxPayment pay(Actor actor, Long taxDueId, long editedVersion, PaymentDetails details) {
        var due = dues.findById(taxDueId).orElseThrow(() -> new NotFoundException("TaxDue", taxDueId));
        if (!RevenueAccess.maySee(actor, due)) {
            throw new NotFoundException("TaxDue", taxDueId);
        }
        if (!RevenueAccess.mayCollect(actor, due)) {
            throw new RevenueAccessDenied("record a payment of tax " + taxDueId);
        }
        Versioned.requireVersion("TaxDue", taxDueId, due.getVersion(), editedVersion);
        validate(details, LocalDate.now(clock));
        if (payments.receiptTaken(due.getCountry(), details.receiptReference().strip())) {
            throw new DomainRuleViolation("receiptReference", "tax.payment.receipt.taken");
        }
        due.pay(details.amount(), details.currency());
        return payments.add(new TaxPayment(due, details, actor.username(), clock.instant()));
    }

    private static void validate(PaymentDetails details, LocalDate today) {
        if (details.paidOn() == null) {
            throw new DomainRuleViolation("paidOn", "validation.required");
        }
        if (details.paidOn().isAfter(today)) {
            throw new DomainRuleViolation("paidOn", "tax.payment.future");
        }
        Dates.requirePast("paidOn", details.paidOn(), today);
        if (details.receiptReference() == null || details.receiptReference().isBlank()) {
            throw new DomainRuleViolation("receiptReference", "validation.required");
        }
        if (details.payer() == null || details.payer().isBlank()) {
            throw new DomainRuleViolation("payer", "validation.required");
        }
    }
}
