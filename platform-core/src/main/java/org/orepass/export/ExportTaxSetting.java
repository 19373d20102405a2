package org.orepass.export;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.orepass.geography.Countries;
import org.orepass.shared.DomainRuleViolation;

/**
 * A country's own answer to "must the taxes be paid before the export certificate is issued?", where it differs
 * from the platform's default ({@code orepass.export.taxes-paid-before-certificate}, true).
 */
@Entity
@Table(name = "export_tax_setting")
public class ExportTaxSetting {

    @Id
    private String country;

    private boolean taxesPaidBeforeCertificate;
    private String changedBy;
    private Instant changedAt;

    // A wrapper, so a new country's row is persisted rather than merged (its id is the country, assigned).
    @Version
    private Long version;

    protected ExportTaxSetting() {
        // for JPA
    }

    static ExportTaxSetting of(String country, boolean required, String by, Instant at) {
        if (country == null || !Countries.isCountry(country.strip().toUpperCase(java.util.Locale.ROOT))) {
            throw new DomainRuleViolation("country", "export.taxes.setting.country");
        }
        var setting = new ExportTaxSetting();
        setting.country = country.strip().toUpperCase(java.util.Locale.ROOT);
        setting.change(required, by, at);
        return setting;
    }

    void change(boolean required, String by, Instant at) {
        taxesPaidBeforeCertificate = required;
        changedBy = by;
        changedAt = at;
    }

    public String getCountry() {
        return country;
    }

    public boolean isTaxesPaidBeforeCertificate() {
        return taxesPaidBeforeCertificate;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public long getVersion() {
        return version == null ? 0 : version;
    }
}
