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
