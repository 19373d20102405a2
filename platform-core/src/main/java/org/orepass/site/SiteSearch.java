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

    /**
     * The typed words, lower case, as LIKE prefixes ("rub" becomes "rub%"): a site's name matches when each of
     * them begins a word of the name. Letters and digits make words; everything else separates them, so no
     * character typed acts as a wildcard.
     */
    public java.util.List<String> namePrefixes() {
        if (text == null) {
            return java.util.List.of();
        }
        return java.util.Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                .filter(word -> !word.isEmpty()).distinct().map(word -> word + "%").toList();
    }

    public String textPattern() {
        return "%" + (text == null ? "" : text.strip().toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")) + "%";
    }
}
