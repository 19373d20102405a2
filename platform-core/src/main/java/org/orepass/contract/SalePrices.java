package org.orepass.contract;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import org.orepass.custody.SaleContracts.ContractPriceCheck;

/**
 * The price recorded on a sale against the contract it cites, per kilogram of the lot sold, in the sale's
 * currency: a fixed price as agreed (in its own currency only), a share of the reference price of the sale's day
 * as that share of it. Gross of deductions: the contract's deductions are shown beside it, not taken off.
 */
public final class SalePrices {

    private static final BigDecimal HUNDRED = new BigDecimal("100");

    private SalePrices() {
    }

    /**
     * @param reference the latest reference price of the contract's mineral on or before the sale's day, in the
     *                  sale's currency, or null
     */
    public static ContractPriceCheck compare(Contract contract, ReferencePrice reference, BigDecimal massKg,
            BigDecimal amount, String currency) {
        if (amount == null || currency == null || massKg == null || massKg.signum() <= 0) {
            return unknown(contract, currency, "contract.compare.no-payment");
        }
        BigDecimal contractPerKg;
        if (contract.getPriceBasis() == PriceBasis.FIXED) {
            if (!currency.equals(contract.getPriceCurrency())) {
                return unknown(contract, currency, "contract.compare.currency");
            }
            contractPerKg = contract.fixedPricePerKg();
        } else {
            if (reference == null || !currency.equals(reference.getCurrency())) {
                return unknown(contract, currency, "contract.compare.no-reference");
            }
            contractPerKg = reference.perKilogram().multiply(contract.getReferenceShare())
                    .divide(HUNDRED, MathContext.DECIMAL64);
        }
        var salePerKg = amount.divide(massKg, MathContext.DECIMAL64);
        var difference = salePerKg.subtract(contractPerKg).multiply(HUNDRED)
                .divide(contractPerKg, 1, RoundingMode.HALF_UP);
        return new ContractPriceCheck(contract.getId(), contract.getReference(),
                contractPerKg.setScale(2, RoundingMode.HALF_UP), salePerKg.setScale(2, RoundingMode.HALF_UP),
                currency, difference, null);
    }

    private static ContractPriceCheck unknown(Contract contract, String currency, String noteKey) {
        return new ContractPriceCheck(contract.getId(), contract.getReference(), null, null, currency, null, noteKey);
    }
}
