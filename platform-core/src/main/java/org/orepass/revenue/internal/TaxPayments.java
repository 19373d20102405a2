package org.orepass.revenue.internal;

import org.orepass.revenue.TaxPayment;
import java.util.List;

/** Payments against taxes due (a port; persistence implements it). */
public interface TaxPayments {

    TaxPayment add(TaxPayment payment);

    /** A tax's payments, oldest first. */
    List<TaxPayment> ofTax(Long taxDueId);

    /** The payments of several taxes, oldest first. */
    List<TaxPayment> ofTaxes(java.util.Collection<Long> taxDueIds);

    boolean receiptTaken(String country, String receiptReference);
}
