package org.orepass.export;

/** How the shipment leaves the country. */
public enum TransportMode {
    ROAD,
    AIR,
    RAIL,
    WATER
}
