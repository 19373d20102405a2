package org.orepass.web.logbook;

import org.orepass.web.support.DateInputs;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.springframework.validation.BindingResult;

/**
 * Which logbook, for which period: the query of the logbook page and its CSV. Dates are kept as typed (a browser
 * without a date picker sends what the person wrote) and read here, so a bad one comes back with its message.
 */
public class LogbookForm {

    private Long organisation;
    private String from;
    private String to;

    /** The date in {@code field}, or null with an error by the field when it is not one. */
    LocalDate date(String field, BindingResult result) {
        var text = "from".equals(field) ? from : to;
        if (text == null || text.isBlank()) {
            result.rejectValue(field, "logbook." + field + ".required");
            return null;
        }
        try {
            return DateInputs.read(text.strip());
        } catch (DateTimeParseException e) {
            result.rejectValue(field, "logbook.date.format");
            return null;
        }
    }

    public Long getOrganisation() {
        return organisation;
    }

    public void setOrganisation(Long organisation) {
        this.organisation = organisation;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }
}
