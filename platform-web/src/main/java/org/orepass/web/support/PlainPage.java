package org.orepass.web.support;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.springframework.web.util.HtmlUtils;

/**
 * A page written without templates, sessions or the database: for answers given before any of them may be used
 * (the database out of reach, a public page too busy). Texts come from the bundles, escaped here.
 */
public final class PlainPage {

    private PlainPage() {
    }

    public static void write(HttpServletRequest request, HttpServletResponse response, int status, int retryAfter,
            Locale locale, String title, String text) throws IOException {
        response.setStatus(status);
        response.setHeader("Retry-After", String.valueOf(retryAfter));
        response.setHeader("Cache-Control", "no-store");
        response.setContentType("text/html;charset=UTF-8");
        var safeTitle = HtmlUtils.htmlEscape(title);
        var html = "<!DOCTYPE html>\n<html lang=\"" + locale.getLanguage() + "\">\n<head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<link rel=\"stylesheet\" href=\"" + request.getContextPath() + "/css/orepass.css\">"
                + "<title>" + safeTitle + " · OrePass</title></head>\n<body>\n<main id=\"main\" class=\"container narrow\">"
                + "<h1>" + safeTitle + "</h1>\n<p>" + HtmlUtils.htmlEscape(text) + "</p>\n<p><a href=\""
                + request.getContextPath() + "/\">OrePass</a></p></main>\n</body>\n</html>\n";
        response.getOutputStream().write(html.getBytes(StandardCharsets.UTF_8));
    }
}
