package org.orepass.export;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.orepass.custody.MassUnit;
import org.orepass.site.Mineral;

/**
 * What the exporter declares: importer (MD.04, with its optional MD.09 contact details), destination, mineral and HS code, declared mass, grade, customs
 * value, transport, and how many kilograms of which of its lots (lot id to kilograms).
 */
public record ShipmentDetails(String importerName, String importerAddress, String importerCountry,
        String importerContact, String importerPhone, String importerEmail, String destinationCountry, Mineral mineral, String hsCode, BigDecimal declaredMass, MassUnit declaredUnit,
        BigDecimal grade, BigDecimal declaredValue, String currency, TransportMode transportMode, String carrier,
        String route, String borderPost, LocalDate shipmentDate, Map<Long, BigDecimal> lots) {

    public ShipmentDetails {
        lots = lots == null ? Map.of() : Map.copyOf(lots);
    }
}
