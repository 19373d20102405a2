package org.orepass.revenue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import org.orepass.site.Mineral;

/**
 * Something taxes are due on: a production lot or an export shipment, with what the schedules need (place,
 * mineral, mass, value) and who pays. Production lots have no declared value (royalties use the schedule's
 * reference value); exports always declare one. {@code division} is ISO 3166-2, {@code district} the mine
 * site's locality, as sub-national revenue reports group them.
 */
public record TaxableEvent(
        TaxSource sourceKind,
        Long sourceId,
        String reference,
        String country,
        String division,
        String district,
        Mineral mineral,
        BigDecimal massKg,
        BigDecimal declaredValue,
        String currency,
        LocalDate date,
        Long payerOrganisationId) {

    public TaxableEvent {
        Objects.requireNonNull(sourceKind, "sourceKind");
        Objects.requireNonNull(sourceId, "sourceId");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(mineral, "mineral");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(payerOrganisationId, "payerOrganisationId");
        if (massKg == null || massKg.signum() <= 0) {
            throw new IllegalArgumentException("a taxable event weighs more than nothing: " + massKg);
        }
        if ((declaredValue == null) != (currency == null)) {
            throw new IllegalArgumentException("a declared value comes with its currency");
        }
        if (sourceKind == TaxSource.EXPORT && declaredValue == null) {
            throw new IllegalArgumentException("an export declares its value");
        }
        division = division == null || division.isBlank() ? null : division.strip();
        district = district == null || district.isBlank() ? null : district.strip();
    }
}
