package org.orepass.site;

import java.util.Locale;

/** Filters and order of the site list; null means "any". The status filter is the status as of today. */
public record SiteSearch(String text, String country, String division, Mineral mineral, SiteStatus status,
        FormalisationStage stage, ActivityStatus activity, Sort sort) {

    public enum Sort {
        NAME, COUNTRY, STATUS, REGISTERED
    }

    public static SiteSearch any() {
        return new SiteSearch(null, null, null, null, null, null, null, Sort.NAME);
    }

    public boolean isUnfiltered() {
        return (text == null || text.isBlank()) && country == null && division == null && mineral == null
                && status == null && stage == null && activity == null;
    }

    public Sort sortOrName() {
        return sort == null ? Sort.NAME : sort;
    }

    public String textPattern() {
        return "%" + (text == null ? "" : text.strip().toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")) + "%";
    }
}
