package org.orepass.epcis;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One custody step as the EPCIS documents need it, read in plain SQL: what happened ({@code kind}), when it was
 * recorded ({@code eventTime}), who did it and with whom, and the lots it touched with their kilograms.
 *
 * @param source {@code O} a custody operation, {@code X} an export submission, {@code C} a certified export leaving,
 *        {@code I} an import, {@code T} a tag issued
 * @param id the id of the operation, the export shipment, the import or the tag
 * @param transferId the sale's transfer (sale, receipt, rejection), the invoice the buyer and seller share
 * @param certificate the export certificate's {@code country:serial} (export events), or the certificate or export
 *        document an import came with ({@code country:number}), else null
 * @param destinationCountry where an export goes; for an import, the country its material comes from (its origin)
 * @param tag the tag an issuing event made, else null
 */
public record EpcisEvent(char source, long id, EventKind kind, Instant eventTime, LocalDate businessDate,
        long organisationId, String organisation, Long counterpartId, String counterpart, Long transferId,
        String certificate, String destinationCountry, BigDecimal lossKg, List<EventLot> lots, Tag tag) {

    /** A tag as issued: its country and number, and the mine site it is for (the site's ICGLR id, if it has one). */
    public record Tag(String country, String number, long siteId, String siteIcglrId) {
    }

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
