package org.orepass.web.proposal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** An inspector's reason for turning a proposal down; the operator reads it. */
public class RejectionForm {

    @NotBlank(message = "{proposal.reason.required}")
    @Size(max = 2000, message = "{validation.size}")
    private String reason;

    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
}
