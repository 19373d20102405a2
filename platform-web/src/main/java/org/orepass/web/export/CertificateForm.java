package org.orepass.web.export;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.orepass.export.CertificateDetails;
import org.springframework.format.annotation.DateTimeFormat;

/** What the inspector adds to the ICGLR certificate, and the shipment's version the inspector reviewed. */
public class CertificateForm {

    @NotBlank(message = "{validation.required}")
    @Size(max = 200, message = "{validation.size}")
    private String issuingAuthority;
    @NotBlank(message = "{validation.required}")
    @Size(max = 200, message = "{validation.size}")
    private String verifierName;
    @NotBlank(message = "{validation.required}")
    @Size(max = 200, message = "{validation.size}")
    private String verifierPosition;
    @Size(max = 60, message = "{validation.size}")
    private String verifierId;
    @NotNull(message = "{validation.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate verifiedOn;
    @NotBlank(message = "{validation.required}")
    @Size(max = 200, message = "{validation.size}")
    private String validatorName;
    @NotNull(message = "{validation.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate expiresOn;
    private long version;

    CertificateDetails toDetails() {
        return new CertificateDetails(issuingAuthority, verifierName, verifierPosition, verifierId, verifiedOn,
                validatorName, expiresOn);
    }

    public String getIssuingAuthority() { return issuingAuthority; }
    public void setIssuingAuthority(String issuingAuthority) { this.issuingAuthority = issuingAuthority; }
    public String getVerifierName() { return verifierName; }
    public void setVerifierName(String verifierName) { this.verifierName = verifierName; }
    public String getVerifierPosition() { return verifierPosition; }
    public void setVerifierPosition(String verifierPosition) { this.verifierPosition = verifierPosition; }
    public String getVerifierId() { return verifierId; }
    public void setVerifierId(String verifierId) { this.verifierId = verifierId; }
    public LocalDate getVerifiedOn() { return verifiedOn; }
    public void setVerifiedOn(LocalDate verifiedOn) { this.verifiedOn = verifiedOn; }
    public String getValidatorName() { return validatorName; }
    public void setValidatorName(String validatorName) { this.validatorName = validatorName; }
    public LocalDate getExpiresOn() { return expiresOn; }
    public void setExpiresOn(LocalDate expiresOn) { this.expiresOn = expiresOn; }
    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
}
