package org.orepass.web.risk;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A CAHRA list entry: a country or one of its divisions, the source that lists it and the source's date. */
public class CahraForm {

    @NotBlank(message = "{risk.cahra.country.unknown}")
    private String country;

    private String division;

    @NotBlank(message = "{risk.cahra.source.required}")
    @Size(max = 300, message = "{risk.cahra.source.long}")
    private String source;

    /** Kept as typed, so a wrong date comes back in the field with its message. */
    @NotBlank(message = "{risk.cahra.listedOn.required}")
    private String listedOn;

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

    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = source;
    }

    public String getListedOn() {
        return listedOn;
    }

    public void setListedOn(String listedOn) {
        this.listedOn = listedOn;
    }
}
