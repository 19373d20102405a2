package org.orepass.custody;

import java.util.List;

/**
 * Lots found by the start of their number or of their tag's number, ignoring case (a port; persistence
 * implements it over prefix indexes): the lot list's filters and the search box.
 */
public interface NumberedLots {

    /**
     * Ids of the newest lots whose number starts with {@code lotNumber} and whose tag's number starts with
     * {@code tagNumber} (either may be null: any), held by {@code heldBy} (null: anyone), at most {@code limit}.
     */
    List<Long> find(String lotNumber, String tagNumber, Long heldBy, int limit);
}
