package org.orepass.web.custody;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.orepass.custody.CustodyOperations;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The transport and storage forms: where from and to (transport) or the warehouse (storage), carrier, reference,
 * the dates, notes, and the lot's version the user saw. Neither takes mass from the lot.
 */
public class MovementForm {

    private Long version;
    @Size(max = 200, message = "{validation.size}")
    private String placeFrom;
    @Size(max = 200, message = "{validation.size}")
    private String placeTo;
    @Size(max = 10, message = "{validation.size}")
    private String viaDivision;
    @Size(max = 200, message = "{validation.size}")
    private String warehouse;
    @Size(max = 200, message = "{validation.size}")
    private String carrier;
    @Size(max = 100, message = "{validation.size}")
    private String reference;
    @NotNull(message = "{operation.date.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate date;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate until;
    @Size(max = 500, message = "{validation.size}")
    private String notes;

    static MovementForm of(long version, LocalDate today) {
        var form = new MovementForm();
        form.version = version;
        form.date = today;
        return form;
    }

    CustodyOperations.TransportDetails toTransport() {
        return new CustodyOperations.TransportDetails(placeFrom, placeTo, viaDivision, carrier, reference, date,
                until, notes);
    }

    CustodyOperations.StorageDetails toStorage() {
        return new CustodyOperations.StorageDetails(warehouse, reference, date, until, notes);
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }

    public String getPlaceFrom() {
        return placeFrom;
    }

    public void setPlaceFrom(String placeFrom) {
        this.placeFrom = placeFrom;
    }

    public String getPlaceTo() {
        return placeTo;
    }

    public void setPlaceTo(String placeTo) {
        this.placeTo = placeTo;
    }

    public String getViaDivision() {
        return viaDivision;
    }

    public void setViaDivision(String viaDivision) {
        this.viaDivision = viaDivision;
    }

    public String getWarehouse() {
        return warehouse;
    }

    public void setWarehouse(String warehouse) {
        this.warehouse = warehouse;
    }

    public String getCarrier() {
        return carrier;
    }

    public void setCarrier(String carrier) {
        this.carrier = carrier;
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public LocalDate getUntil() {
        return until;
    }

    public void setUntil(LocalDate until) {
        this.until = until;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }
}
