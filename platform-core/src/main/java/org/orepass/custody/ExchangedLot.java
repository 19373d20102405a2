package org.orepass.custody;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.orepass.site.Mineral;

/**
 * A lot as the ICGLR interchange publishes it (MD.12), read in one query with its creator, site, tag and inputs:
 * a page of a hundred lots must not load a hundred entity graphs. Only lots whose document can satisfy the
 * standard are read this way (see {@link ExchangedLots}).
 */
public record ExchangedLot(Long id, String lotNumber, Instant registeredAt, Party creator, CustodyRole creatorRole,
        OriginatingOperation operation, Mineral mineral, BigDecimal concentration, BigDecimal mass, MassUnit unit,
        BigDecimal massKg, BigDecimal remainingKg, String packageType, Integer packageCount, String siteIcglrId,
        LocalDate productionDate, Seal tag, boolean uncertified, LocalDate purchaseDate, LocalDate receivedOn,
        List<String> inputLots, long version) {

    public ExchangedLot {
        inputLots = List.copyOf(inputLots);
    }

    public ExchangedLot withInputs(List<String> inputs) {
        return new ExchangedLot(id, lotNumber, registeredAt, creator, creatorRole, operation, mineral, concentration,
                mass, unit, massKg, remainingKg, packageType, packageCount, siteIcglrId, productionDate, tag,
                uncertified, purchaseDate, receivedOn, inputs, version);
    }

    /** MD.04 business entity: an organisation with the contact details the standard requires. */
    public record Party(Long id, String name, String country, String division, String address, String taxId,
            String contactName, String contactEmail, String contactPhone) {
    }

    /** MD.11 tag sealed on a production lot, with the organisation that issued it. */
    public record Seal(String number, Instant issuedAt, Party issuer) {
    }
}
