package org.orepass.site;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

/** What an inspector records about a site when registering or editing it. */
public record SiteDetails(
        String name,
        String nationalId,
        String country,
        String division,
        String locality,
        BigDecimal latitude,
        BigDecimal longitude,
        BigDecimal altitude,
        Long ownerId,
        Set<Long> operatorIds,
        Set<Mineral> minerals,
        ActivityStatus activityStatus,
        MiningType miningType,
        FormalisationStage formalisationStage,
        int workersMen,
        int workersWomen,
        int childrenObserved,
        int membersMen,
        int membersWomen,
        boolean mercuryUse,
        Map<Mineral, BigDecimal> capacityKgPerMonth,
        LicenceDetails licence,
        boolean locationConfirmed) {

    public SiteDetails {
        operatorIds = operatorIds == null ? Set.of() : Set.copyOf(operatorIds);
        minerals = minerals == null ? Set.of() : Set.copyOf(minerals);
        capacityKgPerMonth = capacityKgPerMonth == null ? Map.of() : Map.copyOf(capacityKgPerMonth);
    }

    /** The same details with these operators (forms that do not edit operators keep the site's own). */
    public SiteDetails withOperatorIds(Set<Long> ids) {
        return new SiteDetails(name, nationalId, country, division, locality, latitude, longitude, altitude, ownerId,
                ids, minerals, activityStatus, miningType, formalisationStage, workersMen, workersWomen,
                childrenObserved, membersMen, membersWomen, mercuryUse, capacityKgPerMonth, licence,
                locationConfirmed);
    }

    /** The site's main licence (more can follow); type UNLICENSED when it has none, as the standard wants. */
    public record LicenceDetails(Licence.Type type, String number, LocalDate grantedOn, LocalDate expiresOn) {
    }
}
