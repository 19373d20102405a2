package org.orepass.web.icglr;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The standard's Error document ({@code code}, {@code message}, {@code details}, {@code timestamp}), built in one
 * place for the exception handlers ({@link IcglrErrors}), the error filter ({@link IcglrErrorFilter}) and the
 * security chain ({@link IcglrSecurity}), so that whatever stops a request under {@code /api/icglr/v1} answers in
 * the same form. Every problem goes in {@code details.problems}, as {@code field} and {@code reason}.
 */
final class IcglrErrorDocument {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** The code the standard (or, where it names none, the HTTP reason) gives each status. */
    private static final Map<Integer, String> CODES = Map.ofEntries(
            Map.entry(400, "VALIDATION_ERROR"), Map.entry(401, "UNAUTHORIZED"), Map.entry(403, "FORBIDDEN"),
            Map.entry(404, "NOT_FOUND"), Map.entry(405, "METHOD_NOT_ALLOWED"), Map.entry(406, "NOT_ACCEPTABLE"),
            Map.entry(409, "CONFLICT"), Map.entry(412, "PRECONDITION_FAILED"), Map.entry(413, "PAYLOAD_TOO_LARGE"),
            Map.entry(415, "UNSUPPORTED_MEDIA_TYPE"), Map.entry(422, "UNPROCESSABLE_ENTITY"),
            Map.entry(428, "PRECONDITION_REQUIRED"), Map.entry(500, "INTERNAL_ERROR"));

    private static final Map<Integer, String> MESSAGES = Map.ofEntries(
            Map.entry(400, "Request validation failed"),
            Map.entry(401, "A valid personal access token is required (Authorization: Bearer, or X-API-Key)"),
            Map.entry(403, "Your role or jurisdiction does not allow this"),
            Map.entry(404, "Resource not found"), Map.entry(405, "This method is not allowed on this resource"),
            Map.entry(406, "This API answers application/json or application/ld+json"),
            Map.entry(409, "Resource conflict"), Map.entry(412, "The resource changed since that version"),
            Map.entry(413, "The request body is too large"),
            Map.entry(415, "Send application/json or application/ld+json"),
            Map.entry(422, "The request cannot be processed"),
            Map.entry(428, "Send the ETag of the version you edited in If-Match"),
            Map.entry(500, "An internal error occurred"));

    private IcglrErrorDocument() {
    }

    static String code(int status) {
        return CODES.getOrDefault(status, status >= 500 ? "INTERNAL_ERROR" : "ERROR");
    }

    static String message(int status) {
        return MESSAGES.getOrDefault(status, status >= 500 ? "An internal error occurred" : "The request failed");
    }

    static ObjectNode of(String code, String message, List<IcglrProblem> problems) {
        var body = JSON.createObjectNode();
        body.put("code", code);
        body.put("message", message);
        if (!problems.isEmpty()) {
            var list = body.putObject("details").putArray("problems");
            problems.forEach(p -> list.addObject().put("field", p.field()).put("reason", p.reason()));
        }
        body.put("timestamp", Instant.now().toString());
        return body;
    }

    /** Writes the document as the whole answer (the response must not be committed yet). */
    static void write(HttpServletResponse response, int status, String code, String message,
            List<IcglrProblem> problems) throws IOException {
        response.resetBuffer();
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        var text = JSON.writeValueAsString(of(code, message, problems));
        try {
            response.getOutputStream().write(text.getBytes(StandardCharsets.UTF_8));
        } catch (IllegalStateException writerInUse) {
            response.getWriter().write(text);
        }
        response.flushBuffer();
    }

    static void write(HttpServletResponse response, int status) throws IOException {
        write(response, status, code(status), message(status), List.of());
    }
}
