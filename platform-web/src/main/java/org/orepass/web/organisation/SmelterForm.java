package org.orepass.web.organisation;

import java.time.LocalDate;
import org.orepass.organisation.Organisation;
import org.orepass.organisation.SmelterAuditStatus;
import org.orepass.organisation.SmelterProfile;
import org.springframework.format.annotation.DateTimeFormat;

/** A smelter's or refiner's RMI identifier, audit status and CMRT address as typed; the domain checks them. */
public class SmelterForm {

    private String smelterId;
    private SmelterAuditStatus auditStatus;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate auditDate;

    private String auditSource;
    private String street;
    private String city;
    private String stateProvince;
    private long version;

    public static SmelterForm of(Organisation organisation) {
        var profile = organisation.smelterProfile();
        var form = new SmelterForm();
        form.smelterId = profile.smelterId();
        form.auditStatus = profile.auditStatus();
        form.auditDate = profile.auditDate();
        form.auditSource = profile.auditSource();
        form.street = profile.street();
        form.city = profile.city();
        form.stateProvince = profile.stateProvince();
        form.version = organisation.getVersion();
        return form;
    }

    public SmelterProfile toProfile() {
        return new SmelterProfile(smelterId, auditStatus, auditDate, auditSource, street, city, stateProvince);
    }

    public String getSmelterId() {
        return smelterId;
    }

    public void setSmelterId(String smelterId) {
        this.smelterId = smelterId;
    }

    public SmelterAuditStatus getAuditStatus() {
        return auditStatus;
    }

    public void setAuditStatus(SmelterAuditStatus auditStatus) {
        this.auditStatus = auditStatus;
    }

    public LocalDate getAuditDate() {
        return auditDate;
    }

    public void setAuditDate(LocalDate auditDate) {
        this.auditDate = auditDate;
    }

    public String getAuditSource() {
        return auditSource;
    }

    public void setAuditSource(String auditSource) {
        this.auditSource = auditSource;
    }

    public String getStreet() {
        return street;
    }

    public void setStreet(String street) {
        this.street = street;
    }

    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = city;
    }

    public String getStateProvince() {
        return stateProvince;
    }

    public void setStateProvince(String stateProvince) {
        this.stateProvince = stateProvince;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
