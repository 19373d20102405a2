package org.orepass.web.custody;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The buyer refuses a delivery and says why. */
public class RejectionForm {

    @NotBlank(message = "{transfer.reason.required}")
    @Size(max = 500, message = "{validation.size}")
    private String reason;

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
