package org.orepass.web.organisation;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.orepass.organisation.Organisation;
import org.orepass.organisation.OrganisationDetails;
import org.orepass.organisation.OrganisationType;

/** The organisation form as typed; never the entity itself. */
public class OrganisationForm {

    @NotBlank(message = "{validation.required}")
    @Size(max = 200, message = "{validation.size}")
    private String name;

    @NotNull(message = "{validation.required}")
    private OrganisationType type;

    @NotBlank(message = "{validation.required}")
    private String country;

    @Pattern(regexp = "^$|^[A-Za-z]{2}-[A-Za-z0-9]{1,3}$", message = "{validation.division.format}")
    private String division;

    @Size(max = 60, message = "{validation.size}")
    private String taxId;

    @Size(max = 500, message = "{validation.size}")
    private String address;

    @Size(max = 200, message = "{validation.size}")
    private String contactName;

    @Email(message = "{validation.email}")
    @Size(max = 254, message = "{validation.size}")
    private String contactEmail;

    @Size(max = 40, message = "{validation.size}")
    private String contactPhone;

    private long version;

    public static OrganisationForm of(Organisation organisation) {
        var form = new OrganisationForm();
        form.name = organisation.getName();
        form.type = organisation.getType();
        form.country = organisation.getCountry();
        form.division = organisation.getDivision();
        form.taxId = organisation.getTaxId();
        form.address = organisation.getAddress();
        form.contactName = organisation.getContactName();
        form.contactEmail = organisation.getContactEmail();
        form.contactPhone = organisation.getContactPhone();
        form.version = organisation.getVersion();
        return form;
    }

    public OrganisationDetails toDetails() {
        return new OrganisationDetails(name, type, upper(country), upper(division), taxId, address, contactName,
                contactEmail, contactPhone);
    }

    private static String upper(String code) {
        return code == null ? null : code.strip().toUpperCase(java.util.Locale.ROOT);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public OrganisationType getType() {
        return type;
    }

    public void setType(OrganisationType type) {
        this.type = type;
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country;
    }

    public String getDivision() {
        return division;
    }

    public void setDivision(String division) {
        this.division = division;
    }

    public String getTaxId() {
        return taxId;
    }

    public void setTaxId(String taxId) {
        this.taxId = taxId;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getContactName() {
        return contactName;
    }

    public void setContactName(String contactName) {
        this.contactName = contactName;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public void setContactEmail(String contactEmail) {
        this.contactEmail = contactEmail;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public void setContactPhone(String contactPhone) {
        this.contactPhone = contactPhone;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
