package org.orepass.web.support;

import org.orepass.web.errors.JsonErrors;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A size limit at the door for every API call (issue 15): a body over {@link #API_BODY_LIMIT} (declared length)
 * under {@code /api/**} is answered 413 as a problem before anything reads it. {@code /api/icglr} keeps its own
 * limit ({@code IcglrErrorFilter}: its Error document, chunked bodies included). Runs before Spring Security.
 */
@Component
@Order(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 20)
class UploadLimits extends OncePerRequestFilter {

    /** No API document the platform takes is anywhere near this. */
    static final long API_BODY_LIMIT = 2L * 1024 * 1024;

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        var path = request.getRequestURI().substring(request.getContextPath().length());
        return !JsonErrors.isApi(path) || path.startsWith("/api/icglr/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > API_BODY_LIMIT) {
            JsonErrors.write(request, response, HttpStatus.CONTENT_TOO_LARGE,
                    "The request body is larger than the API accepts (" + API_BODY_LIMIT / (1024 * 1024) + " MB).");
            return;
        }
        chain.doFilter(request, response);
    }
}
