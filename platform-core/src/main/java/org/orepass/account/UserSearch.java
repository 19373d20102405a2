package org.orepass.account;

import java.util.Locale;

/** Filters of the user list; null means "any". */
public record UserSearch(String text, Role role, Long organisationId, Boolean active) {

    public static UserSearch any() {
        return new UserSearch(null, null, null, null);
    }

    /** The text as a lower-case LIKE pattern; empty matches everything. */
    public String textPattern() {
        return "%" + (text == null ? "" : text.strip().toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")) + "%";
    }
}
