package org.orepass.revenue;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Objects;
import org.orepass.geography.Countries;
import org.orepass.shared.Dates;
import org.orepass.shared.DomainRuleViolation;
import org.orepass.shared.Money;
import org.orepass.site.Mineral;

/**
 * A tax a country levies on a mineral from one date to another (open-ended if {@code validTo} is null): a
 * percentage of a value or an amount per kilogram. Royalties carry the gazetted reference value per kilogram they
 * are computed on. For one country, mineral and tax type, validities never overlap (checked here by the use case
 * and, for two administrators saving at once, by an exclusion constraint).
 */
@Entity
@Table(name = "tax_schedule")
public class TaxSchedule {

    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    /** No tax schedule the platform applies started before this day. */
    static final LocalDate TAXES_FROM = LocalDate.of(2000, 1, 1);
    /** What rate's numeric(14, 4) column holds: ten digits before the point, four after. */
    static final BigDecimal RATE_MAX = new BigDecimal("10000000000");
    static final int RATE_SCALE = 4;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String country;

    @Enumerated(EnumType.STRING)
    private Mineral mineral;

    @Enumerated(EnumType.STRING)
    private TaxType taxType;

    private BigDecimal rate;
    private String currency;
    private BigDecimal referenceValuePerKg;
    private String taxAuthority;
    private LocalDate validFrom;
    private LocalDate validTo;

    @Version
    private long version;

    protected TaxSchedule() {
        // for JPA
    }

    static TaxSchedule of(ScheduleDetails details) {
        var schedule = new TaxSchedule();
        schedule.describe(details);
        return schedule;
    }

    /** Checks and records every field. */
    void describe(ScheduleDetails details) {
        validate(details);
        this.country = details.country();
        this.mineral = details.mineral();
        this.taxType = details.taxType();
        this.rate = details.rate().stripTrailingZeros();
        this.currency = details.currency();
        this.referenceValuePerKg = details.referenceValuePerKg() == null ? null
                : details.referenceValuePerKg().setScale(2, RoundingMode.HALF_UP);
        this.taxAuthority = details.taxAuthority() == null || details.taxAuthority().isBlank() ? null
                : details.taxAuthority().strip();
        this.validFrom = details.validFrom();
        this.validTo = details.validTo();
    }

    /**
     * Whether the details change how taxes are computed (anything but the end of validity and the authority's
     * name): taxes already assessed with this schedule keep the rate they were computed with.
     */
    boolean changesComputation(ScheduleDetails details) {
        return !(Objects.equals(country, details.country()) && mineral == details.mineral()
                && taxType == details.taxType() && sameNumber(rate, details.rate())
                && Objects.equals(currency, details.currency())
                && sameNumber(referenceValuePerKg, details.referenceValuePerKg())
                && Objects.equals(validFrom, details.validFrom()));
    }

    private static boolean sameNumber(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    private static void validate(ScheduleDetails details) {
        if (!Countries.isCountry(details.country())) {
            throw new DomainRuleViolation("country", "validation.country");
        }
        if (details.mineral() == null) {
            throw new DomainRuleViolation("mineral", "validation.required");
        }
        if (details.taxType() == null) {
            throw new DomainRuleViolation("taxType", "validation.required");
        }
        if (details.rate() == null || details.rate().signum() <= 0) {
            throw new DomainRuleViolation("rate", "tax.rate.positive");
        }
        if (details.taxType().isPercentage() && details.rate().compareTo(HUNDRED) > 0) {
            throw new DomainRuleViolation("rate", "tax.rate.percent");
        }
        // numeric(14, 4): compared, never rounded (a typed 1e999999999 costs nothing), before the column sees it.
        if (details.rate().compareTo(RATE_MAX) >= 0) {
            throw new DomainRuleViolation("rate", "tax.rate.too-large", RATE_MAX.toPlainString());
        }
        if (details.rate().stripTrailingZeros().scale() > RATE_SCALE) {
            throw new DomainRuleViolation("rate", "tax.rate.scale", RATE_SCALE);
        }
        if (!isCurrency(details.currency())) {
            throw new DomainRuleViolation("currency", "tax.currency.invalid");
        }
        if (details.referenceValuePerKg() != null && details.referenceValuePerKg().signum() <= 0) {
            throw new DomainRuleViolation("referenceValuePerKg", "tax.reference.positive");
        }
        Money.typed("referenceValuePerKg", details.referenceValuePerKg(), "currency", details.currency());
        if (details.taxType() == TaxType.ROYALTY && details.referenceValuePerKg() == null) {
            throw new DomainRuleViolation("referenceValuePerKg", "tax.reference.required");
        }
        if (details.validFrom() == null) {
            throw new DomainRuleViolation("validFrom", "validation.required");
        }
        Dates.require("validFrom", details.validFrom(), TAXES_FROM, Dates.FAR_FUTURE);
        Dates.require("validTo", details.validTo(), TAXES_FROM, Dates.FAR_FUTURE);
        if (details.validTo() != null && details.validTo().isBefore(details.validFrom())) {
            throw new DomainRuleViolation("validTo", "tax.validTo.before");
        }
    }

    /** ISO 4217: three capital letters of a currency Java knows. */
    static boolean isCurrency(String code) {
        return Money.isCurrency(code);
    }

    /** Valid on the day, both ends included. */
    public boolean isValidOn(LocalDate day) {
        return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
    }

    /** Whether the two validities share at least one day. */
    public boolean overlaps(LocalDate from, LocalDate to) {
        return (to == null || !to.isBefore(validFrom)) && (validTo == null || !validTo.isBefore(from));
    }

    /** The tax on one event: what the rate applies to, the amount (to the cent) and its currency. */
    public record Computation(BigDecimal base, BigDecimal amount, String currency) {
    }

    /**
     * A percentage applies to the mass times the reference value when the schedule has one (royalties: gazetted
     * prices, so an under-declared value does not lower the tax), else to the declared value, in the declared
     * currency; a fee applies to the kilograms, in the schedule's currency.
     */
    public Computation compute(TaxableEvent event) {
        if (!taxType.isPercentage()) {
            var base = event.massKg();
            return new Computation(base, money(base.multiply(rate)), currency);
        }
        BigDecimal base;
        String baseCurrency;
        if (referenceValuePerKg != null) {
            base = event.massKg().multiply(referenceValuePerKg);
            baseCurrency = currency;
        } else if (event.declaredValue() != null) {
            base = event.declaredValue();
            baseCurrency = event.currency();
        } else {
            throw new IllegalStateException("no value to charge " + taxType + " on " + event.reference());
        }
        return new Computation(base, money(base.multiply(rate).divide(HUNDRED)), baseCurrency);
    }

    static BigDecimal money(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }

    public Long getId() {
        return id;
    }

    public String getCountry() {
        return country;
    }

    public Mineral getMineral() {
        return mineral;
    }

    public TaxType getTaxType() {
        return taxType;
    }

    public BigDecimal getRate() {
        return rate;
    }

    public String getCurrency() {
        return currency;
    }

    public BigDecimal getReferenceValuePerKg() {
        return referenceValuePerKg;
    }

    public String getTaxAuthority() {
        return taxAuthority;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public LocalDate getValidTo() {
        return validTo;
    }

    public long getVersion() {
        return version;
    }
}
