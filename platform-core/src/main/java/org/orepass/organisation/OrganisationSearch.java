package org.orepass.organisation;

/** Filters of the organisation list; null means "any". */
public record OrganisationSearch(String text, OrganisationType type, String country, Boolean active) {

    public static OrganisationSearch any() {
        return new OrganisationSearch(null, null, null, null);
    }

    /** The text as a lower-case LIKE pattern; empty matches everything. */
    public String textPattern() {
        return "%" + (text == null ? "" : text.strip().toLowerCase(java.util.Locale.ROOT)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")) + "%";
    }
}
