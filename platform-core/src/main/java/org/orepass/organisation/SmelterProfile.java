package org.orepass.organisation;

import java.time.LocalDate;

/**
 * What an administrator records about a smelter or refiner on top of its organisation details: its RMI identifier,
 * its audit status with the date and source of that status, and the address the CMRT's smelter list asks for
 * (street, city, state or province; the country is the organisation's). Checked by {@link Organisation#profileSmelter}.
 */
public record SmelterProfile(
        String smelterId,
        SmelterAuditStatus auditStatus,
        LocalDate auditDate,
        String auditSource,
        String street,
        String city,
        String stateProvince) {

    public static SmelterProfile empty() {
        return new SmelterProfile(null, null, null, null, null, null, null);
    }
}
