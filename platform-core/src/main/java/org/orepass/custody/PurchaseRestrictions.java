package org.orepass.custody;

import java.util.List;
import java.util.Optional;

/**
 * Whether a buyer may buy a lot from a seller. The risk feature answers with the buyer's own effective decisions
 * (a supplier or an origin site it suspended or disengaged from). A port, so that custody does not depend on risk,
 * which reads custody's genealogy to trace a lot to its sites.
 */
public interface PurchaseRestrictions {

    /** Why the purchase is refused: a message key and its arguments (the decision, the assessment). */
    record Refusal(String messageKey, List<Object> arguments) {
    }

    Optional<Refusal> refusal(Long buyerOrgId, Long sellerOrgId, long lotId);
}
