package org.orepass.web.siteimport;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A file over the import limit (5 MB) gets the upload page with its message, not an
 * error page. Tomcat refuses such a body as soon as anything reads a parameter, and the first to do so is the
 * CSRF filter, which would answer with a bare 413. So this filter, placed before Spring Security, reads the
 * upload first and, when it is too large, sends the browser back to the form. It changes nothing, so running
 * before the CSRF and sign-in checks gives nobody anything.
 */
@Component
@Order(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 10)
class SiteImportUploadLimit extends OncePerRequestFilter {

    static final int MAX_MB = 5;

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        var type = request.getContentType();
        return !"POST".equals(request.getMethod())
                || !(request.getContextPath() + "/sites/import").equals(request.getRequestURI())
                || type == null || !type.toLowerCase(Locale.ROOT).startsWith("multipart/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            // The container's limit is the largest of any upload (inspection files take 10 MB); imports have
            // their own, smaller one.
            var tooBig = request.getContentLengthLong() > MAX_MB * 1024L * 1024L + 64 * 1024
                    || request.getParts().stream().anyMatch(part -> part.getSize() > MAX_MB * 1024L * 1024L);
            if (tooBig) {
                response.sendRedirect(request.getContextPath() + "/sites/import?error="
                        + SiteImportController.TOO_LARGE);
                return;
            }
        } catch (IllegalStateException | IOException | ServletException e) {
            if (!tooLarge(e)) {
                throw e;
            }
            response.sendRedirect(request.getContextPath() + "/sites/import?error=" + SiteImportController.TOO_LARGE);
            return;
        }
        chain.doFilter(request, response);
    }

    /** The container's size-limit refusals say that the file or request "exceeds" its maximum. */
    private static boolean tooLarge(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause.getMessage() != null && cause.getMessage().contains("exceeds")) {
                return true;
            }
        }
        return false;
    }
}
