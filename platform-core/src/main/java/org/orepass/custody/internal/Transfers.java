package org.orepass.custody.internal;

import org.orepass.custody.Transfer;
import java.util.List;
import java.util.Optional;

/** Purchases and sales between organisations (a port; persistence implements it). */
public interface Transfers {

    Transfer add(Transfer transfer);

    Optional<Transfer> findById(Long id);

    /** Deliveries to the organisation, those still to confirm first, then newest first; at most {@code limit}. */
    List<Transfer> incomingTo(Long buyerId, int limit);

    /** Sales by the organisation, newest first; at most {@code limit}. */
    List<Transfer> outgoingFrom(Long sellerId, int limit);

    /** Every sale out of a lot, newest first. */
    List<Transfer> ofLot(Long lotId);
}
