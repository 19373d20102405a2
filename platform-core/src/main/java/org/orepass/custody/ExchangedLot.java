package org.orepass.custody;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.orepass.site.IcglrExchange;
import org.orepass.site.Mineral;

/**
 * A lot as the ICGLR interchange publishes it (MD.12), read in one query with its creator, site, tag and inputs:
 * a page of a hundred lots must not load a hundred entity graphs. Every lot is read this way, whatever the
 * platform lacks of it (issue 17: omit the field, never the document); {@link #servedWithout} names what its
 * document must leave out.
 */
public record ExchangedLot(Long id, String lotNumber, Instant registeredAt, Party creator, CustodyRole creatorRole,
        OriginatingOperation operation, Mineral mineral, BigDecimal concentration, BigDecimal mass, MassUnit unit,
        BigDecimal massKg, BigDecimal remainingKg, String packageType, Integer packageCount, String siteIcglrId,
        LocalDate productionDate, Seal tag, boolean uncertified, LocalDate purchaseDate, LocalDate receivedOn,
        List<String> inputLots, long version) {

    /** The document's fields (as the standard's MD.12 names them) left out when the platform lacks them. */
    public static final String CONCENTRATION = "concentration";
    public static final String CREATOR_CONTACT_DETAILS = "creator.contactDetails";
    public static final String TAG_ISSUER = "tag.issuer";
    public static final String TAG_ISSUER_CONTACT_DETAILS = "tag.issuer.contactDetails";

    public ExchangedLot {
        inputLots = List.copyOf(inputLots);
    }

    public ExchangedLot withInputs(List<String> inputs) {
        return new ExchangedLot(id, lotNumber, registeredAt, creator, creatorRole, operation, mineral, concentration,
                mass, unit, massKg, remainingKg, packageType, packageCount, siteIcglrId, productionDate, tag,
                uncertified, purchaseDate, receivedOn, inputs, version);
    }

    /**
     * What the lot's document is served without, in document order: its concentration when no grade was recorded,
     * the creator's and the tag issuer's {@code contactDetails} when their organisation lacks any of the three
     * MD.09 requires (a partial object would break the schema as much as none), the tag's issuer when the tag
     * names none. The standard requires each of them; the document misses exactly these and says so.
     */
    public List<String> servedWithout() {
        var without = new ArrayList<String>();
        if (concentration == null) {
            without.add(CONCENTRATION);
        }
        if (!creator.hasContactDetails()) {
            without.add(CREATOR_CONTACT_DETAILS);
        }
        if (tag != null && tag.issuer() == null) {
            without.add(TAG_ISSUER);
        } else if (tag != null && !tag.issuer().hasContactDetails()) {
            without.add(TAG_ISSUER_CONTACT_DETAILS);
        }
        return without;
    }

    /** MD.04 business entity: an organisation, with the contact details the platform holds for it. */
    public record Party(Long id, String name, String country, String division, String address, String taxId,
            String contactName, String contactEmail, String contactPhone) {

        /** All three MD.09 contact details, in the standard's forms ({@link IcglrExchange#hasContactDetails}). */
        public boolean hasContactDetails() {
            return IcglrExchange.hasContactDetails(contactName, contactEmail, contactPhone);
        }
    }

    /** MD.11 tag sealed on a production lot, with the organisation that issued it (null if none is recorded). */
    public record Seal(String number, Instant issuedAt, Party issuer) {
    }
}
