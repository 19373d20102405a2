package org.orepass.web.export;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.orepass.custody.MassUnit;
import org.orepass.export.ShipmentDetails;
import org.orepass.export.TransportMode;
import org.orepass.site.Mineral;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The shipment form: importer, destination, mineral and HS code, declared mass, grade, value, transport, and
 * the kilograms taken from each of the exporter's lots ({@code lots[lotId]}, blank for lots not shipped).
 */
public class ShipmentForm {

    @NotBlank(message = "{validation.required}")
    @Size(max = 200, message = "{validation.size}")
    private String importerName;
    @NotBlank(message = "{validation.required}")
    @Size(max = 300, message = "{validation.size}")
    private String importerAddress;
    @NotBlank(message = "{validation.required}")
    private String importerCountry;
    @Size(max = 200, message = "{validation.size}")
    private String importerContact;
    @Size(max = 30, message = "{validation.size}")
    private String importerPhone;
    @Size(max = 200, message = "{validation.size}")
    private String importerEmail;
    @NotBlank(message = "{validation.required}")
    private String destinationCountry;
    @NotNull(message = "{validation.required}")
    private Mineral mineral;
    @Size(max = 10, message = "{validation.size}")
    private String hsCode;
    @NotNull(message = "{validation.required}")
    @Positive(message = "{export.declaredMass.positive}")
    private BigDecimal declaredMass;
    @NotNull(message = "{validation.required}")
    private MassUnit declaredUnit = MassUnit.KGM;
    private BigDecimal grade;
    @NotNull(message = "{validation.required}")
    @Positive(message = "{export.declaredValue.positive}")
    private BigDecimal declaredValue;
    @NotBlank(message = "{validation.required}")
    @Size(max = 3, message = "{validation.size}")
    private String currency = "USD";
    @NotNull(message = "{validation.required}")
    private TransportMode transportMode;
    @Size(max = 200, message = "{validation.size}")
    private String carrier;
    @Size(max = 200, message = "{validation.size}")
    private String route;
    @Size(max = 120, message = "{validation.size}")
    private String borderPost;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate shipmentDate;
    private Map<Long, BigDecimal> lots = new HashMap<>();
    private long version;

    static ShipmentForm of(ShipmentDetails d, long version) {
        var form = new ShipmentForm();
        form.importerName = d.importerName();
        form.importerAddress = d.importerAddress();
        form.importerCountry = d.importerCountry();
        form.importerContact = d.importerContact();
        form.importerPhone = d.importerPhone();
        form.importerEmail = d.importerEmail();
        form.destinationCountry = d.destinationCountry();
        form.mineral = d.mineral();
        form.hsCode = d.hsCode();
        form.declaredMass = d.declaredMass();
        form.declaredUnit = d.declaredUnit();
        form.grade = d.grade();
        form.declaredValue = d.declaredValue();
        form.currency = d.currency();
        form.transportMode = d.transportMode();
        form.carrier = d.carrier();
        form.route = d.route();
        form.borderPost = d.borderPost();
        form.shipmentDate = d.shipmentDate();
        form.lots = new HashMap<>(d.lots());
        form.version = version;
        return form;
    }

    ShipmentDetails toDetails() {
        return new ShipmentDetails(importerName, importerAddress, importerCountry, importerContact, importerPhone,
                importerEmail, destinationCountry, mineral,
                hsCode, declaredMass, declaredUnit, grade, declaredValue, currency, transportMode, carrier, route,
                borderPost, shipmentDate, withoutBlanks(lots));
    }

    private static Map<Long, BigDecimal> withoutBlanks(Map<Long, BigDecimal> masses) {
        var kept = new HashMap<Long, BigDecimal>();
        masses.forEach((lot, kg) -> {
            if (lot != null && kg != null) {
                kept.put(lot, kg);
            }
        });
        return kept;
    }

    public String getImporterName() { return importerName; }
    public void setImporterName(String importerName) { this.importerName = importerName; }
    public String getImporterAddress() { return importerAddress; }
    public void setImporterAddress(String importerAddress) { this.importerAddress = importerAddress; }
    public String getImporterCountry() { return importerCountry; }
    public void setImporterCountry(String importerCountry) { this.importerCountry = importerCountry; }
    public String getImporterContact() { return importerContact; }
    public void setImporterContact(String importerContact) { this.importerContact = importerContact; }
    public String getImporterPhone() { return importerPhone; }
    public void setImporterPhone(String importerPhone) { this.importerPhone = importerPhone; }
    public String getImporterEmail() { return importerEmail; }
    public void setImporterEmail(String importerEmail) { this.importerEmail = importerEmail; }
    public String getDestinationCountry() { return destinationCountry; }
    public void setDestinationCountry(String destinationCountry) { this.destinationCountry = destinationCountry; }
    public Mineral getMineral() { return mineral; }
    public void setMineral(Mineral mineral) { this.mineral = mineral; }
    public String getHsCode() { return hsCode; }
    public void setHsCode(String hsCode) { this.hsCode = hsCode; }
    public BigDecimal getDeclaredMass() { return declaredMass; }
    public void setDeclaredMass(BigDecimal declaredMass) { this.declaredMass = declaredMass; }
    public MassUnit getDeclaredUnit() { return declaredUnit; }
    public void setDeclaredUnit(MassUnit declaredUnit) { this.declaredUnit = declaredUnit; }
    public BigDecimal getGrade() { return grade; }
    public void setGrade(BigDecimal grade) { this.grade = grade; }
    public BigDecimal getDeclaredValue() { return declaredValue; }
    public void setDeclaredValue(BigDecimal declaredValue) { this.declaredValue = declaredValue; }
    public String getCurrency() { return currency; }
    public void setCurrency(String currency) { this.currency = currency; }
    public TransportMode getTransportMode() { return transportMode; }
    public void setTransportMode(TransportMode transportMode) { this.transportMode = transportMode; }
    public String getCarrier() { return carrier; }
    public void setCarrier(String carrier) { this.carrier = carrier; }
    public String getRoute() { return route; }
    public void setRoute(String route) { this.route = route; }
    public String getBorderPost() { return borderPost; }
    public void setBorderPost(String borderPost) { this.borderPost = borderPost; }
    public LocalDate getShipmentDate() { return shipmentDate; }
    public void setShipmentDate(LocalDate shipmentDate) { this.shipmentDate = shipmentDate; }
    public Map<Long, BigDecimal> getLots() { return lots; }
    public void setLots(Map<Long, BigDecimal> lots) { this.lots = lots; }
    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
}
