package org.orepass.custody;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.orepass.site.Mineral;

/** A lot as pages show it, read inside the transaction (open-in-view is off). */
public record LotRow(Long id, String lotNumber, String custodian, CustodyRole creatorRole,
        OriginatingOperation operation, Mineral mineral, BigDecimal mass, MassUnit unit, BigDecimal massKg,
        BigDecimal remainingKg, BigDecimal concentration, String packageType, Integer packageCount, Long siteId,
        String siteName, String siteIcglrId, String tagNumber, LocalDate productionDate, boolean uncertified,
        String registeredBy, Instant registeredAt) {

    static LotRow of(Lot lot) {
        var site = lot.getSite();
        return new LotRow(lot.getId(), lot.getLotNumber(), lot.getCustodian().getName(), lot.getCreatorRole(),
                lot.getOriginatingOperation(), lot.getMineral(), lot.getMass(), lot.getUnit(), lot.getMassKg(),
                lot.getRemainingKg(), lot.getConcentration(), lot.getPackageType(), lot.getPackageCount(),
                site == null ? null : site.getId(), site == null ? null : site.getName(),
                site == null ? null : site.getIcglrId().value(), lot.getTag() == null ? null : lot.getTag().getNumber(),
                lot.getProductionDate(), lot.isUncertified(), lot.getRegisteredBy(), lot.getRegisteredAt());
    }

    /** The grade on the mineral's canonical basis, or null when not known. */
    public Grade grade() {
        return concentration == null || concentration.signum() <= 0 ? null : Grade.of(mineral, concentration);
    }

    /** Kilograms of metal the lot was constituted with (mass × grade × metal factor), or null. */
    public BigDecimal containedMetalKg() {
        var grade = grade();
        return grade == null ? null : grade.metalKg(massKg).stripTrailingZeros();
    }

    /** Kilograms of metal in what the lot still holds, or null. */
    public BigDecimal remainingMetalKg() {
        var grade = grade();
        return grade == null ? null : grade.metalKg(remainingKg).stripTrailingZeros();
    }
}
