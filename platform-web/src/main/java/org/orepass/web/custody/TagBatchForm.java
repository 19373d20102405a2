package org.orepass.web.custody;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A batch of tags: a printed prefix and the first and last numbers, as on the rolls the agent carries. */
public class TagBatchForm {

    @Size(max = 20, message = "{validation.size}")
    private String prefix;
    @NotNull(message = "{validation.required}")
    private Long from;
    @NotNull(message = "{validation.required}")
    private Long to;

    public String getPrefix() {
        return prefix;
    }

    public void setPrefix(String prefix) {
        this.prefix = prefix;
    }

    public Long getFrom() {
        return from;
    }

    public void setFrom(Long from) {
        this.from = from;
    }

    public Long getTo() {
        return to;
    }

    public void setTo(Long to) {
        this.to = to;
    }
}
