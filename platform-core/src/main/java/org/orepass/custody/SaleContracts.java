package org.orepass.custody;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.orepass.site.Mineral;

/**
 * The contracts a sale may cite (issue 24), asked by custody and answered by the contract feature, so custody
 * knows nothing of contracts but this port: which contracts a seller may cite, whether one may be cited for a sale,
 * and how the price recorded on a sale compares with the contract's price basis.
 */
public interface SaleContracts {

    /** A contract the seller may cite: its reference, and the buyer on the platform it names. */
    record CitableContract(Long id, String reference, Long counterpartyId, String counterparty) {
    }

    /**
     * The sale's price against the contract's, both per kilogram in the sale's currency; {@code differencePercent}
     * is the sale's price above (positive) or below (negative) the contract's. When they cannot be compared,
     * {@code noteKey} says why (no payment recorded, another currency, no reference price) and the figures are null.
     */
    record ContractPriceCheck(Long contractId, String reference, BigDecimal contractPerKg, BigDecimal salePerKg,
            String currency, BigDecimal differencePercent, String noteKey) {
    }

    /** The seller's contracts in force on the day, to offer on the sell form. */
    List<CitableContract> citable(long sellerId, LocalDate on);

    /**
     * Refused on {@code field} unless the contract exists, belongs to the seller, names the buyer as its
     * counterparty, covers the lot's mineral and is in force on the day of the sale.
     */
    void requireCitable(String field, long contractId, long sellerId, Long buyerId, Mineral mineral, LocalDate on);

    /** The comparison for a sale citing a contract; null when {@code contractId} is null. */
    ContractPriceCheck compare(Long contractId, LocalDate saleDate, BigDecimal massKg, BigDecimal amount,
            String currency);
}
