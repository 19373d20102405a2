package org.orepass.web.export;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The inspector's reasons for refusing a certificate (required), and the shipment's version reviewed. */
public class RefusalForm {

    @NotBlank(message = "{export.reason.required}")
    @Size(max = 1000, message = "{validation.size}")
    private String reason;
    private long version;

    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
}
