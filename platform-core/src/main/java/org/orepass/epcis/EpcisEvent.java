package org.orepass.epcis;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One custody step as the EPCIS documents need it, read in plain SQL: what happened ({@code kind}), when it was
 * recorded ({@code eventTime}), who did it and with whom, and the lots it touched with their kilograms.
 *
 * @param source {@code O} a custody operation, {@code X} an export submission, {@code C} a certified export leaving
 * @param id the id of the operation or the export shipment
 * @param transferId the sale's transfer (sale, receipt, rejection), the invoice the buyer and seller share
 * @param certificate the export certificate's {@code country:serial} (export events), else null
 */
public record EpcisEvent(char source, long id, EventKind kind, Instant eventTime, LocalDate businessDate,
        long organisationId, String organisation, Long counterpartId, String counterpart, Long transferId,
        String certificate, String destinationCountry, BigDecimal lossKg, List<EventLot> lots) {

    /** How the event touched a lot: taken from ({@code INPUT}), made ({@code OUTPUT}) or concerned ({@code SUBJECT}). */
    public enum Role {
        INPUT, OUTPUT, SUBJECT
    }

    /** A lot of an event with the kilograms it gave, became or moved; the mine site and tag of a production lot. */
    public record EventLot(long lotId, String lotNumber, String custodianCountry, Role role, BigDecimal massKg,
            Long siteId, String siteIcglrId, String tagNumber) {
    }

    public List<EventLot> lots(Role role) {
        return lots.stream().filter(lot -> lot.role() == role).toList();
    }

    /** The position of this event in the order the API pages in: time, then source, then id. */
    public Cursor cursor() {
        return new Cursor(eventTime, source, id);
    }

    /** Where a page ended; the next page starts after it. */
    public record Cursor(Instant eventTime, char source, long id) {
    }
}
