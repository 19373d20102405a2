package org.orepass.web.incident;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.orepass.incident.IncidentCategory;

/**
 * The taxonomy in the page's language: options for pickers ("Category › Subcategory") and names by id for
 * lists. Built once per request from the small category table.
 */
record CategoryOptions(List<Option> options, Map<Long, String> names) {

    record Option(Long id, String label, boolean subcategory, boolean annexIi) {
    }

    static CategoryOptions of(List<IncidentCategory> categories, Locale locale) {
        var plain = new LinkedHashMap<Long, String>();
        categories.forEach(category -> plain.put(category.getId(), category.name(locale)));
        var names = new LinkedHashMap<Long, String>();
        var options = categories.stream().map(category -> {
            var label = category.isSubcategory()
                    ? plain.getOrDefault(category.getParentId(), "") + " › " + category.name(locale)
                    : category.name(locale);
            names.put(category.getId(), label);
            return new Option(category.getId(), label, category.isSubcategory(), category.isAnnexIi());
        }).toList();
        return new CategoryOptions(options, names);
    }
}
