package org.orepass.web.support;

import java.util.List;
import org.orepass.web.security.CurrentUser;
import org.orepass.web.security.SignedInUser;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What the layout needs on every page: the user for navigation and menu, the languages, demo mode. */
@ControllerAdvice
class LayoutModel {

    private final boolean demoMode;

    LayoutModel(@Value("${orepass.demo.enabled:false}") boolean demoMode) {
        this.demoMode = demoMode;
    }

    @ModelAttribute("me")
    SignedInUser me() {
        return CurrentUser.get().orElse(null);
    }

    @ModelAttribute("languages")
    List<String> languages() {
        return WebConfiguration.LANGUAGES.stream().map(java.util.Locale::getLanguage).toList();
    }

    /** The current list URL with its filters and without a page number, ready for "page=N" (the pager's links). */
    @ModelAttribute("pagerBase")
    String pagerBase(jakarta.servlet.http.HttpServletRequest request) {
        var url = org.springframework.web.util.UriComponentsBuilder.fromPath(request.getRequestURI())
                .query(request.getQueryString()).replaceQueryParam("page").build().toUriString();
        return url + (url.contains("?") ? "&" : "?") + "page=";
    }

    @ModelAttribute("demoMode")
    boolean demoMode() {
        return demoMode;
    }
}
