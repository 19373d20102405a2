package org.orepass.custody.internal;

import org.orepass.custody.CustodyOperation;
import java.util.List;

/** The custody operations recorded on lots (a port; persistence implements it). */
public interface LotOperations {

    CustodyOperation add(CustodyOperation operation);

    /** The operations that touched the lot, oldest first (by date, then as recorded); at most {@code limit}. */
    List<CustodyOperation> ofLot(Long lotId, int limit);
}
