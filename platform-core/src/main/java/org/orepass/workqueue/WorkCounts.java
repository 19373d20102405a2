package org.orepass.workqueue;

import java.util.Set;

/**
 * How many things wait for someone, each a count over an index (a port; persistence implements it). The use case
 * decides who may ask for which, with the same role and organisation or jurisdiction as the list it links to.
 */
public interface WorkCounts {

    /** Deliveries sent to the organisation and neither received nor rejected yet. */
    long deliveriesToReceive(long buyerOrgId);

    /** Submitted export shipments of exporters registered in the country, waiting for an inspector's review. */
    long shipmentsToReview(String country);

    /**
     * The organisation's risk assessments whose decision or lowered level waits for a second person's sign-off,
     * that this user may sign (not the one who decided, lowered or started it).
     */
    long assessmentsToSignOff(long assessingOrgId, String username);

    /** Pending site change proposals at sites in the country (null: any) and divisions (empty: any). */
    long proposalsToDecide(String country, Set<String> divisions);
}
