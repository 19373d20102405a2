package org.orepass.web.support;

import java.util.List;
import org.orepass.web.security.CurrentUser;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What the layout needs on every page: the user for navigation and menu, the languages, demo mode. */
@ControllerAdvice
class LayoutModel {

    private static final List<String> LANGUAGES =
            WebConfiguration.LANGUAGES.stream().map(java.util.Locale::getLanguage).toList();

    private final boolean demoMode;

    LayoutModel(@Value("${orepass.demo.enabled:false}") boolean demoMode) {
        this.demoMode = demoMode;
    }

    /**
     * One method for all four (issue 15): Spring MVC looks up each {@code @ModelAttribute} method's annotation again
     * on every request, a cost per method, on every page.
     */
    @ModelAttribute
    void layout(Model model, jakarta.servlet.http.HttpServletRequest request) {
        model.addAttribute("me", CurrentUser.get().orElse(null));
        model.addAttribute("languages", LANGUAGES);
        model.addAttribute("pagerBase", pagerBase(request));
        model.addAttribute("demoMode", demoMode);
    }

    /** The current list URL with its filters and without a page number, ready for "page=N" (the pager's links). */
    static String pagerBase(jakarta.servlet.http.HttpServletRequest request) {
        var url = org.springframework.web.util.UriComponentsBuilder.fromPath(request.getRequestURI())
                .query(request.getQueryString()).replaceQueryParam("page").build().toUriString();
        return url + (url.contains("?") ? "&" : "?") + "page=";
    }
}
