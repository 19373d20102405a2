package org.orepass.web.risk;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.orepass.risk.EuImportThreshold;

/**
 * An EU Annex I threshold as typed: the kilograms stay a string, so a wrong number comes back in the field with its
 * message. The CN code is only read when adding (it is the record's key); the version only when correcting.
 */
public class EuThresholdForm {

    private String cnCode;

    @NotBlank(message = "{risk.threshold.description.required}")
    @Size(max = 200, message = "{risk.threshold.description.long}")
    private String description;

    @NotBlank(message = "{risk.threshold.kg.required}")
    private String thresholdKg;

    @NotBlank(message = "{risk.threshold.source.required}")
    @Size(max = 200, message = "{risk.threshold.source.long}")
    private String source;

    private long version;

    static EuThresholdForm of(EuImportThreshold threshold) {
        var form = new EuThresholdForm();
        form.cnCode = threshold.getCnCode();
        form.description = threshold.getDescription();
        form.thresholdKg = threshold.getThresholdKg().stripTrailingZeros().toPlainString();
        form.source = threshold.getSource();
        form.version = threshold.getVersion();
        return form;
    }

    public String getCnCode() {
        return cnCode;
    }

    public void setCnCode(String cnCode) {
        this.cnCode = cnCode;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getThresholdKg() {
        return thresholdKg;
    }

    public void setThresholdKg(String thresholdKg) {
        this.thresholdKg = thresholdKg;
    }

    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = source;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
