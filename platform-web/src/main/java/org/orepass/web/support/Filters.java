package org.orepass.web.support;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Whether a list's filters are in use, so its filter panel ({@code <details>}) opens by itself: on a phone a closed
 * panel keeps seven fields from pushing the list off the first screen, and a reader who filtered sees what they
 * chose. Paging, sorting and the language are not filters. Used by templates as {@code @filters.active()}.
 */
@Component("filters")
public class Filters {

    private static final Set<String> NOT_FILTERS = Set.of("page", "size", "sort", "lang");

    public boolean active() {
        var attributes = RequestContextHolder.getRequestAttributes();
        if (!(attributes instanceof ServletRequestAttributes servlet)) {
            return false;
        }
        return active(servlet.getRequest());
    }

    static boolean active(HttpServletRequest request) {
        for (var entry : request.getParameterMap().entrySet()) {
            if (NOT_FILTERS.contains(entry.getKey())) {
                continue;
            }
            for (var value : entry.getValue()) {
                if (value != null && !value.isBlank()) {
                    return true;
                }
            }
        }
        return false;
    }
}
