package org.orepass.custody;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.orepass.site.Mineral;
import org.orepass.site.SiteStatus;

/**
 * The custody graph as plain rows (a port; persistence answers with one recursive SQL query over
 * {@code lot_input}). Genealogy needs hundreds or thousands of lots at once, so it never loads entities.
 */
public interface LotGraph {

    /** The given lots and every lot upstream of them, each with its input links. */
    List<Node> upstream(Collection<Long> lotIds);

    /** The given lot and every lot made (directly or not) from it, down to exports, with their input links. */
    List<Node> downstream(long lotId);

    /** A link from a lot to one of its inputs: how many kg of the input went into it. */
    record Input(long lotId, BigDecimal massKg) {
    }

    /**
     * One lot of the graph. Site fields are those of a production lot's mine site (null otherwise);
     * {@code siteStatus} is the status recorded, to be read as of a date with
     * {@link org.orepass.site.SiteStatusRules}.
     */
    record Node(long id, String lotNumber, OriginatingOperation operation, Mineral mineral, BigDecimal massKg,
            boolean uncertified, long custodianId, String custodian, Long siteId, String siteName, String siteCountry,
            SiteStatus siteStatus, LocalDate siteStatusSince, LocalDate correctionDeadline, String tagNumber,
            TagStatus tagStatus, List<Input> inputs, BigDecimal concentration, boolean metalGain,
            String custodianCountry, String originCountry) {

        /**
         * A lot whose custodian's country and import origin are not known (issue 14 added them: {@code
         * custodianCountry} is where the material is, {@code originCountry} where an import lot's material was mined).
         */
        public Node(long id, String lotNumber, OriginatingOperation operation, Mineral mineral, BigDecimal massKg,
                boolean uncertified, long custodianId, String custodian, Long siteId, String siteName,
                String siteCountry, SiteStatus siteStatus, LocalDate siteStatusSince, LocalDate correctionDeadline,
                String tagNumber, TagStatus tagStatus, List<Input> inputs, BigDecimal concentration,
                boolean metalGain) {
            this(id, lotNumber, operation, mineral, massKg, uncertified, custodianId, custodian, siteId, siteName,
                    siteCountry, siteStatus, siteStatusSince, correctionDeadline, tagNumber, tagStatus, inputs,
                    concentration, metalGain, null, null);
        }

        /** A lot whose grade is not known (and not marked with a metal gain). */
        public Node(long id, String lotNumber, OriginatingOperation operation, Mineral mineral, BigDecimal massKg,
                boolean uncertified, long custodianId, String custodian, Long siteId, String siteName,
                String siteCountry, SiteStatus siteStatus, LocalDate siteStatusSince, LocalDate correctionDeadline,
                String tagNumber, TagStatus tagStatus, List<Input> inputs) {
            this(id, lotNumber, operation, mineral, massKg, uncertified, custodianId, custodian, siteId, siteName,
                    siteCountry, siteStatus, siteStatusSince, correctionDeadline, tagNumber, tagStatus, inputs, null,
                    false);
        }
    }
}
