package org.orepass.custody;

import org.orepass.organisation.Organisation;
import org.orepass.shared.DomainRuleViolation;

/**
 * The border rule (issue 14, docs/borders.md): a lot's material is in its custodian's country and changes country
 * only through an export shipment with the origin country's certificate and an import on the other side. A sale
 * to an organisation in another country is therefore not a sale but an export, and is refused as a sale.
 */
public final class Borders {

    private Borders() {
    }

    /**
     * Whether the sell form offers {@code buyer} to {@code seller}: another active organisation of the seller's
     * country whose kind trades (CSO monitors and auditors oversee, they do not buy). The form's list only; the rule
     * that a buyer abroad is refused is {@link #requireDomestic}, met by every channel.
     */
    public static boolean offeredAsBuyer(Organisation seller, Organisation buyer) {
        return buyer.isActive() && !buyer.getId().equals(seller.getId()) && seller.getCountry() != null
                && seller.getCountry().equals(buyer.getCountry())
                && (buyer.getType() == null || buyer.getType().trades());
    }

    /** Refused for {@code field} with a message that says to export it, naming the buyer's country. */
    public static void requireDomestic(String field, Organisation seller, Organisation buyer) {
        if (seller == null || buyer == null || seller.getCountry() == null || buyer.getCountry() == null) {
            return;
        }
        if (!seller.getCountry().equals(buyer.getCountry())) {
            throw new DomainRuleViolation(field, "transfer.buyer.abroad", buyer.getName(), buyer.getCountry(),
                    seller.getCountry());
        }
    }
}
