package org.orepass.custody;

import java.math.BigDecimal;
import java.util.Locale;
import org.orepass.shared.DomainRuleViolation;
import org.orepass.shared.Money;

/**
 * What the seller says it was paid for a sale, all optional: the method, and the amount with its currency (both or
 * neither, since an amount without a currency compares with nothing). Amounts are kept to the cent.
 */
public record Payment(PaymentMethod method, BigDecimal amount, String currency) {

    public static final Payment NONE = new Payment(null, null, null);

    /**
     * The payment as typed, checked: blank currency is none, the currency upper-cased and an ISO 4217 code (so
     * "NaN" is none), the amount above zero and {@link Money} (to the cent, within its bounds); refused by the field.
     */
    public static Payment of(PaymentMethod method, BigDecimal amount, String currency) {
        var code = currency == null || currency.isBlank() ? null : currency.strip().toUpperCase(Locale.ROOT);
        if (amount != null && amount.signum() <= 0) {
            throw new DomainRuleViolation("paymentAmount", "transfer.payment.amount.invalid");
        }
        if (code != null && !Money.isCurrency(code)) {
            throw new DomainRuleViolation("paymentCurrency", "transfer.payment.currency.invalid");
        }
        if (amount != null && code == null) {
            throw new DomainRuleViolation("paymentCurrency", "transfer.payment.currency.required");
        }
        if (amount == null && code != null) {
            throw new DomainRuleViolation("paymentAmount", "transfer.payment.amount.required");
        }
        var money = Money.typed("paymentAmount", amount, "paymentCurrency", code);
        return money == null ? new Payment(method, null, null) : new Payment(method, money.amount(), code);
    }
}
