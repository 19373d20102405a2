package org.orepass.shared;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An amount of money in an ISO 4217 currency, kept to the cent (amount columns are numeric(19, 2) or, for declared
 * values and reference prices, numeric(17, 2); a currency with no minor unit, such as UGX or RWF, simply has no
 * cents). Negative amounts are not money the platform records (refunds are their own records). A hundred trillion
 * is more than any tax, payment or shipment value, even in Uganda shillings (a tonne of gold is about 250 billion
 * UGX), and fits the narrowest column (15 digits before the point), so a larger value is a typing error, never an
 * overflow.
 * Embedded as {@code amount} and {@code currency}; rename with {@code @AttributeOverride} where a table differs.
 */
@Embeddable
public record Money(@Column(name = "amount") BigDecimal amount, @Column(name = "currency") String currency)
        implements Comparable<Money> {

    public static final int SCALE = 2;
    /** A hundred trillion. */
    public static final BigDecimal MAX = new BigDecimal("100000000000000");
    private static final Pattern CODE = Pattern.compile("^[A-Z]{3}$");

    public Money {
        if (amount == null || amount.signum() < 0 || amount.compareTo(MAX) > 0) {
            throw new IllegalArgumentException("not an amount in [0, " + MAX + "]: " + amount);
        }
        if (!isCurrency(currency)) {
            throw new IllegalArgumentException("not an ISO 4217 currency: " + currency);
        }
        amount = amount.setScale(SCALE, RoundingMode.HALF_UP);
    }

    public static Money of(String amount, String currency) {
        return new Money(new BigDecimal(amount), currency);
    }

    public static Money zero(String currency) {
        return new Money(BigDecimal.ZERO, currency);
    }

    /** Whether a code is an ISO 4217 currency ("NaN" and "XYZ" are not; the code is compared as written). */
    public static boolean isCurrency(String code) {
        if (code == null || !CODE.matcher(code).matches()) {
            return false;
        }
        try {
            Currency.getInstance(code);
            return true;
        } catch (IllegalArgumentException notOne) {
            return false;
        }
    }

    /**
     * Money as typed; null when no amount was typed. Refused for {@code field}: a currency that is not ISO 4217
     * ({@code money.currency}, on {@code currencyField}), below zero ({@code money.negative}), above the maximum
     * ({@code money.too-large}) or finer than a cent ({@code money.scale}).
     */
    public static Money typed(String field, BigDecimal amount, String currencyField, String currency) {
        if (amount == null) {
            return null;
        }
        var code = currency == null ? null : currency.strip().toUpperCase(Locale.ROOT);
        if (!isCurrency(code)) {
            throw new DomainRuleViolation(currencyField, "money.currency");
        }
        if (amount.signum() < 0) {
            throw new DomainRuleViolation(field, "money.negative");
        }
        if (amount.compareTo(MAX) > 0) {
            throw new DomainRuleViolation(field, "money.too-large", MAX.toPlainString());
        }
        if (amount.stripTrailingZeros().scale() > SCALE) {
            throw new DomainRuleViolation(field, "money.scale");
        }
        return new Money(amount, code);
    }

    public Money plus(Money other) {
        requireSameCurrency(other);
        return new Money(amount.add(other.amount), currency);
    }

    /** This amount less another of the same currency; refused (an {@link IllegalArgumentException}) below zero. */
    public Money minus(Money other) {
        requireSameCurrency(other);
        return new Money(amount.subtract(other.amount), currency);
    }

    public boolean isZero() {
        return amount.signum() == 0;
    }

    @Override
    public int compareTo(Money other) {
        requireSameCurrency(other);
        return amount.compareTo(other.amount);
    }

    private void requireSameCurrency(Money other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException("different currencies: " + currency + " and " + other.currency);
        }
    }

    /** "1250.50 USD" (pages format the amount for the reader's language). */
    @Override
    public String toString() {
        return amount.toPlainString() + " " + currency;
    }
}
