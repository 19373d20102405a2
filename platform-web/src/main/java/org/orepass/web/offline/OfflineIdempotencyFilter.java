package org.orepass.web.offline;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.orepass.offline.OfflineSubmissions;
import org.orepass.offline.OfflineSubmissions.Claim;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Stores a record sent twice once (issue 21): a POST of the inspection, incident-report or savings-meeting form
 * (issue 23) that carries an
 * idempotency key (header {@value #HEADER}, or the form's hidden field {@value #PARAM}) claims the key first. A
 * key already done is answered with the same redirect as the first time and nothing runs; a key whose first
 * request still runs gets 409. A request the form refuses (field errors, a conflict with a change made meanwhile)
 * lets the key go, so the corrected record may be sent again with it. Runs after Spring Security: the person is
 * signed in and the CSRF token checked before a key is touched, and an expired session never claims one.
 */
@Component
class OfflineIdempotencyFilter extends OncePerRequestFilter {

    static final String HEADER = "Idempotency-Key";
    static final String PARAM = "idempotencyKey";
    private static final Pattern INSPECTION = Pattern.compile("/sites/\\d+/inspections");
    private static final Pattern INCIDENT = Pattern.compile("/incidents");
    private static final Pattern MEETING = Pattern.compile("/savings-groups/\\d+/meetings");

    private final OfflineSubmissions submissions;

    OfflineIdempotencyFilter(OfflineSubmissions submissions) {
        this.submissions = submissions;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || form(request) == null;
    }

    private static OfflineSubmissions.Form form(HttpServletRequest request) {
        var path = request.getRequestURI().substring(request.getContextPath().length());
        if (INSPECTION.matcher(path).matches()) {
            return OfflineSubmissions.Form.INSPECTION;
        }
        if (MEETING.matcher(path).matches()) {
            return OfflineSubmissions.Form.SAVINGS_MEETING;
        }
        return INCIDENT.matcher(path).matches() ? OfflineSubmissions.Form.INCIDENT : null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var key = request.getHeader(HEADER);
        if (key == null || key.isBlank()) {
            key = request.getParameter(PARAM);
        }
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (key == null || key.isBlank() || authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            chain.doFilter(request, response);
            return;
        }
        if (!OfflineSubmissions.wellFormed(key)) {
            answer(response, HttpServletResponse.SC_BAD_REQUEST, "Idempotency key not understood");
            return;
        }
        var claim = submissions.claim(key, authentication.getName(), form(request));
        if (claim instanceof Claim.Done done) {
            response.setHeader("Idempotent-Replayed", "true");
            response.sendRedirect(done.location());
            return;
        }
        if (!(claim instanceof Claim.First)) {
            answer(response, HttpServletResponse.SC_CONFLICT, "This record is already being sent");
            return;
        }
        var stored = false;
        try {
            chain.doFilter(request, response);
            var location = response.getHeader("Location");
            stored = response.getStatus() >= 300 && response.getStatus() < 400 && location != null
                    && !location.contains("/login");
            if (stored) {
                submissions.done(key, location);
            }
        } finally {
            if (!stored) {
                submissions.release(key);
            }
        }
    }

    private static void answer(HttpServletResponse response, int status, String text) throws IOException {
        response.setStatus(status);
        response.setContentType("text/plain;charset=UTF-8");
        response.getOutputStream().write(text.getBytes(StandardCharsets.UTF_8));
    }
}
