package org.orepass.savings;

import java.time.LocalDate;

/** A cycle of a group, from its start to its share-out, under one constitution. */
public record Cycle(long id, long groupId, int number, LocalDate startedOn, Constitution constitution,
        LocalDate sharedOutOn) {

    public boolean open() {
        return sharedOutOn == null;
    }

    /** When the constitution says the cycle ends (the share-out may be a little later). */
    public LocalDate plannedEnd() {
        return startedOn.plusMonths(constitution.cycleMonths());
    }
}
