package org.orepass.account;

import java.util.Locale;

/** Filters of the user list; null means "any". */
public record UserSearch(String text, Role role, Long organisationId, Boolean active) {

    public static UserSearch any() {
        return new UserSearch(null, null, null, null);
    }

    /**
     * The text as a lower-case LIKE pattern, escaped with backslashes: PostgreSQL's default LIKE escape, so
     * queries need no ESCAPE clause (which would hide the pattern from trigram indexes in generic plans).
     */
    public String textPattern() {
        return "%" + (text == null ? "" : text.strip().toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")) + "%";
    }
}
