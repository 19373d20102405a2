package org.orepass.web.export;

import jakarta.validation.constraints.NotBlank;

/** A country's answer to "taxes paid before the certificate?": REQUIRED or NOT_REQUIRED. */
public class ExportTaxSettingForm {

    @NotBlank(message = "{export.taxes.setting.country}")
    private String country;

    private String rule = "REQUIRED";

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country;
    }

    public String getRule() {
        return rule;
    }

    public void setRule(String rule) {
        this.rule = rule;
    }

    boolean required() {
        return !"NOT_REQUIRED".equals(rule);
    }
}
