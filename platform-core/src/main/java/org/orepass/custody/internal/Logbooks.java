package org.orepass.custody.internal;

import org.orepass.custody.Logbook;
import java.time.LocalDate;
import java.util.List;

/**
 * The figures of organisations' logbooks, in plain SQL over lots, lot inputs and transfers (a port; persistence
 * implements it). Each movement has one day, so the stock at a day is the sum of everything before it.
 */
public interface Logbooks {

    /** Per mineral the organisation ever held, the figures for {@code from}..{@code to} (both included). */
    List<Logbook.Balance> balances(Long organisationId, LocalDate from, LocalDate to);

    /** The entries of the period by day, at most {@code limit}. */
    List<Logbook.Entry> entries(Long organisationId, LocalDate from, LocalDate to, int limit);

    /** An import lot the organisation holds, of a mineral. */
    record ImportedLot(long lotId, org.orepass.site.Mineral mineral) {
    }

    /** The organisation's import lots that crossed the border in the period (both days included). */
    List<ImportedLot> importedLots(Long organisationId, LocalDate from, LocalDate to);
}
