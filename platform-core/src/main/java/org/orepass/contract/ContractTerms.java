package org.orepass.contract;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.orepass.site.Mineral;

/**
 * A contract as typed on the form or sent by another channel, unchecked: {@link Contract#record} checks it. The
 * counterparty is an organisation on the platform ({@code counterpartyId}) or a name ({@code counterpartyName});
 * fixed and minimum prices are in {@code priceCurrency} per {@code priceUnit}; percentages are 0 to 100.
 */
public record ContractTerms(String reference, Long counterpartyId, String counterpartyName, Mineral mineral,
        LocalDate signedOn, LocalDate startsOn, LocalDate endsOn, PriceBasis priceBasis, BigDecimal referenceShare,
        BigDecimal fixedPrice, String priceCurrency, PriceUnit priceUnit, BigDecimal deductionsPercent,
        String deductionsNote, String weighingTerms, String assayTerms, boolean independentAssay,
        Integer paymentDays, boolean exclusive, BigDecimal minimumPrice, String explainedIn) {
}
