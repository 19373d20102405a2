package org.orepass.web.icglr;

import java.util.Map;

/** The registry's field names (as its forms and rules use them) in the standard's document paths. */
final class IcglrFields {

    private static final Map<String, String> PATHS = Map.ofEntries(
            Map.entry("country", "addressCountry"),
            Map.entry("division", "mineSiteLocation.localGeographicDesignation.subnationalDivisionL1"),
            Map.entry("locality", "mineSiteLocation.localGeographicDesignation.addressLocalityText"),
            Map.entry("latitude", "mineSiteLocation.geolocalization.latitude"),
            Map.entry("longitude", "mineSiteLocation.geolocalization.longitude"),
            Map.entry("polygon", "mineSiteLocation.polygon"),
            Map.entry("minerals", "mineral"),
            Map.entry("capacity", "mineral"),
            Map.entry("licenceType", "license[0].licenseType"),
            Map.entry("licenceNumber", "license[0].licenseId"),
            Map.entry("licenceGrantedOn", "license[0].grantedDate"),
            Map.entry("licenceExpiresOn", "license[0].expiringDate"),
            Map.entry("ownerId", "owner"),
            Map.entry("operatorIds", "operator"));

    private IcglrFields() {
    }

    static String of(String field) {
        return PATHS.getOrDefault(field, field);
    }
}
