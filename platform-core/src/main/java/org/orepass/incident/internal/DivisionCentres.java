package org.orepass.incident.internal;

import java.util.Collection;
import java.util.Map;

/**
 * Where a division lies, for the incident map: the average position of the mine sites registered in it (a port).
 * The bundled outlines are of countries only, and OrePass holds no division boundaries; the registry's sites
 * are the positions it does hold, and they are where mining incidents happen.
 */
public interface DivisionCentres {

    /** A division's centre and how many registered sites it was worked out from. */
    record DivisionCentre(String division, double latitude, double longitude, long sites) {
    }

    /** The centres of those of these ISO 3166-2 divisions that have at least one registered site. */
    Map<String, DivisionCentre> of(Collection<String> divisions);
}
