package org.orepass.contract;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import org.orepass.shared.Dates;
import org.orepass.shared.Money;
import org.orepass.shared.RuleChecks;
import org.orepass.shared.Text;
import org.orepass.site.Mineral;

/**
 * A reference price an administrator records for a mineral, with its date and source (for gold, the LBMA Gold
 * Price in US dollars per troy ounce). Contracts and sales are compared with the latest one on or before their day.
 */
@Entity
@Table(name = "contract_reference_price")
public class ReferencePrice {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    private Mineral mineral;

    @Column(updatable = false)
    private LocalDate pricedOn;

    @Column(updatable = false)
    private BigDecimal amount;

    @Column(updatable = false)
    private String currency;

    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    private PriceUnit unit;

    @Column(updatable = false)
    private String source;

    @Column(updatable = false)
    private String recordedBy;

    @Column(updatable = false)
    private Instant recordedAt;

    @Version
    private long version;

    protected ReferencePrice() {
    }

    public static ReferencePrice record(Mineral mineral, LocalDate pricedOn, BigDecimal amount, String currency,
            PriceUnit unit, String source, String by, Instant at, LocalDate today) {
        var checks = new RuleChecks();
        checks.refuseIf(mineral == null, "mineral", "contract.mineral.required");
        checks.refuseIf(pricedOn == null, "pricedOn", "contract.reference.pricedOn.required");
        checks.run(() -> Dates.requirePast("pricedOn", pricedOn, today));
        checks.refuseIf(amount == null, "amount", "contract.fixedPrice.required");
        checks.refuseIf(amount != null && amount.signum() <= 0, "amount", "contract.price.positive");
        var money = checks.value(() -> Money.typed("amount", amount, "currency", currency));
        checks.refuseIf(amount == null && !Money.isCurrency(currency == null ? null
                : currency.strip().toUpperCase(Locale.ROOT)), "currency", "money.currency");
        checks.refuseIf(unit == null, "unit", "contract.priceUnit.required");
        checks.refuseIf(source == null || source.isBlank(), "source", "contract.reference.source.required");
        checks.refuseIf(source != null && source.strip().length() > Contract.SHORT_TEXT, "source", "contract.text.long",
                Contract.SHORT_TEXT);
        checks.throwIfAny();
        var price = new ReferencePrice();
        price.mineral = mineral;
        price.pricedOn = pricedOn;
        price.amount = money.amount();
        price.currency = money.currency().toUpperCase(Locale.ROOT);
        price.unit = unit;
        price.source = Text.clean(source).strip();
        price.recordedBy = by;
        price.recordedAt = at;
        return price;
    }

    /** The price per kilogram, unrounded. */
    public BigDecimal perKilogram() {
        return unit.perKilogram(amount);
    }

    public Long getId() {
        return id;
    }

    public Mineral getMineral() {
        return mineral;
    }

    public LocalDate getPricedOn() {
        return pricedOn;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public String getCurrency() {
        return currency;
    }

    public PriceUnit getUnit() {
        return unit;
    }

    public String getSource() {
        return source;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
