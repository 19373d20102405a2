package org.orepass.savings;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One line of a cycle's ledger, never changed once written. {@code id} orders the ledger (0 for an entry not yet
 * written). {@code shares} counts the shares of a {@link EntryKind#SHARES} entry (its amount is their value);
 * {@code reverses} is the entry a {@link EntryKind#REVERSAL} undoes (its amount and member are the reversed
 * entry's).
 */
public record Entry(long id, Long memberId, EntryKind kind, BigDecimal amount, int shares, LocalDate on,
        Long reverses) {

    public Entry {
        if (kind == null || amount == null || amount.signum() < 0 || on == null) {
            throw new IllegalArgumentException("incomplete entry");
        }
        if (kind == EntryKind.REVERSAL && reverses == null) {
            throw new IllegalArgumentException("a reversal names the entry it reverses");
        }
        amount = amount.setScale(CycleBook.SCALE, java.math.RoundingMode.UNNECESSARY);
    }

    public static Entry of(Long memberId, EntryKind kind, BigDecimal amount, LocalDate on) {
        return new Entry(0, memberId, kind, amount, 0, on, null);
    }

    public Entry withId(long newId) {
        return new Entry(newId, memberId, kind, amount, shares, on, reverses);
    }
}
