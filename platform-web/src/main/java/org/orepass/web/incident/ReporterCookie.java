package org.orepass.web.incident;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import org.springframework.http.ResponseCookie;

/**
 * The browser's signed identifier for the report rate limit ({@code ReportRateLimit}): a random value, nothing
 * about the person, sent back only to the report form ({@code /report}), never readable by scripts.
 */
final class ReporterCookie {

    static final String NAME = "ORE_PASS_REPORTER";

    private ReporterCookie() {
    }

    static String read(HttpServletRequest request) {
        if (request.getCookies() == null) {
            return null;
        }
        for (var cookie : request.getCookies()) {
            if (NAME.equals(cookie.getName())) {
                return cookie.getValue();
            }
        }
        return null;
    }

    static void write(String value, HttpServletRequest request, HttpServletResponse response) {
        var cookie = ResponseCookie.from(NAME, value).path("/report").httpOnly(true).sameSite("Strict")
                .secure(request.isSecure()).maxAge(Duration.ofDays(1)).build();
        response.addHeader("Set-Cookie", cookie.toString());
    }
}
