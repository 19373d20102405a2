package org.orepass.savings;

import java.time.LocalDate;

/** A meeting of a cycle: its number, day and how many members came. */
public record Meeting(long id, long cycleId, int number, LocalDate heldOn, int present) {
}
