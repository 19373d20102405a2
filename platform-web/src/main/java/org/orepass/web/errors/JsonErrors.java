package org.orepass.web.errors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The two shapes a JSON error takes. The ICGLR endpoints ({@code /api/icglr/**}) answer the standard's Error
 * document ({@code code}, {@code message}, {@code timestamp}, see {@code icglr/openapi.yaml}); every other JSON
 * error is an RFC 9457 problem ({@code application/problem+json}: {@code type}, {@code title}, {@code status},
 * {@code detail}, {@code instance}). Used where no controller answers: the API's security entry points, the error
 * controller and requests refused before a controller is chosen (uploads over the limit).
 */
public final class JsonErrors {

    private static final String ICGLR_PATHS = "/api/icglr/";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    public static final URI ABOUT_BLANK = URI.create("about:blank");

    private JsonErrors() {
    }

    /** The path of the request within the application (the original one on an error dispatch). */
    public static String path(HttpServletRequest request) {
        var uri = request.getRequestURI();
        var context = request.getContextPath();
        return uri.startsWith(context) ? uri.substring(context.length()) : uri;
    }

    public static boolean isIcglr(String path) {
        return path.startsWith(ICGLR_PATHS);
    }

    /** Requests that expect JSON errors rather than an error page: the API, whatever they accept. */
    public static boolean isApi(String path) {
        return path.startsWith("/api/");
    }

    /** A problem with the status's standard title and {@code type} {@code about:blank} (RFC 9457, 4.2.1). */
    public static ProblemDetail problem(HttpStatus status, String detail, String instance) {
        var problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(ABOUT_BLANK);
        if (instance != null) {
            problem.setInstance(URI.create(instance));
        }
        return problem;
    }

    /** The ICGLR standard's Error code for a status: its name, but INTERNAL_ERROR as the standard's example. */
    public static String icglrCode(HttpStatus status) {
        return status == HttpStatus.INTERNAL_SERVER_ERROR ? "INTERNAL_ERROR" : status.name();
    }

    /** The media type of an error for this path. */
    public static MediaType mediaType(String path) {
        return isIcglr(path) ? MediaType.APPLICATION_JSON : MediaType.APPLICATION_PROBLEM_JSON;
    }

    /** The error for this path: the ICGLR Error document, or a problem whose {@code instance} is the path. */
    public static ObjectNode body(String path, HttpStatus status, String detail) {
        if (isIcglr(path)) {
            return JSON.createObjectNode().put("code", icglrCode(status)).put("message", detail)
                    .put("timestamp", Instant.now().toString());
        }
        var problem = problem(status, detail, path);
        var json = JSON.createObjectNode();
        json.put("type", problem.getType().toString());
        json.put("title", problem.getTitle());
        json.put("status", problem.getStatus());
        json.put("detail", problem.getDetail());
        json.put("instance", path);
        return json;
    }

    /** Writes the error for the request's path (see {@link #body}) with the given status. */
    public static void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status,
            String detail) throws IOException {
        write(path(request), response, status, detail);
    }

    /** Writes the error for a path (the original one, on an error dispatch) with the given status. */
    public static void write(String path, HttpServletResponse response, HttpStatus status, String detail)
            throws IOException {
        response.setStatus(status.value());
        response.setContentType(mediaType(path).toString());
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(JSON.writeValueAsString(body(path, status, detail)));
    }
}
