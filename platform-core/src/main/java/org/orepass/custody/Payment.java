package org.orepass.custody;

import java.math.BigDecimal;
import java.util.Locale;
import org.orepass.shared.DomainRuleViolation;

/**
 * What the seller says it was paid for a sale, all optional: the method, and the amount with its currency (both or
 * neither, since an amount without a currency compares with nothing). Amounts are kept to the cent.
 */
public record Payment(PaymentMethod method, BigDecimal amount, String currency) {

    public static final Payment NONE = new Payment(null, null, null);

    /** The payment as typed, checked: blank currency is none, the currency upper-cased; refused by the field. */
    public static Payment of(PaymentMethod method, BigDecimal amount, String currency) {
        var code = currency == null || currency.isBlank() ? null : currency.strip().toUpperCase(Locale.ROOT);
        // numeric(19, 2): at most 17 digits before the point, 2 after.
        if (amount != null && (amount.signum() <= 0 || amount.stripTrailingZeros().scale() > 2
                || amount.precision() - amount.scale() > 17)) {
            throw new DomainRuleViolation("paymentAmount", "transfer.payment.amount.invalid");
        }
        if (code != null && !code.matches("[A-Z]{3}")) {
            throw new DomainRuleViolation("paymentCurrency", "transfer.payment.currency.invalid");
        }
        if (amount != null && code == null) {
            throw new DomainRuleViolation("paymentCurrency", "transfer.payment.currency.required");
        }
        if (amount == null && code != null) {
            throw new DomainRuleViolation("paymentAmount", "transfer.payment.amount.required");
        }
        return new Payment(method, amount, code);
    }
}
