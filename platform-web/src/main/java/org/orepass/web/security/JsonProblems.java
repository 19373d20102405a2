package org.orepass.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.orepass.web.errors.JsonErrors;
import org.springframework.http.HttpStatus;

/**
 * 401 and 403 answers for API clients: never a login page or an HTML error, but an RFC 9457 problem
 * ({@code application/problem+json}), or the ICGLR standard's Error document on the ICGLR endpoints.
 */
final class JsonProblems {

    private JsonProblems() {
    }

    static void unauthorized(HttpServletRequest request, HttpServletResponse response) throws IOException {
        JsonErrors.write(request, response, HttpStatus.UNAUTHORIZED,
                "A valid personal access token is required (Authorization: Bearer).");
    }

    static void forbidden(HttpServletRequest request, HttpServletResponse response) throws IOException {
        JsonErrors.write(request, response, HttpStatus.FORBIDDEN, "Your roles do not allow this.");
    }
}
