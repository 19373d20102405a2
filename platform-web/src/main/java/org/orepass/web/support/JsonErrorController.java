package org.orepass.web.support;

import org.orepass.web.errors.JsonErrors;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.boot.autoconfigure.web.ErrorProperties;
import org.springframework.boot.webmvc.autoconfigure.error.BasicErrorController;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.ModelAndView;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Spring Boot's error controller with one change: what it answers clients that do not want HTML (an unknown API
 * path, an exception no handler took, a filter's error) is an RFC 9457 problem, or the ICGLR standard's Error
 * under {@code /api/icglr/}, instead of Boot's own JSON. Error pages for browsers are unchanged. The detail is a
 * fixed sentence per status: exception messages never reach the client.
 */
class JsonErrorController extends BasicErrorController {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    JsonErrorController(ErrorAttributes errorAttributes, ErrorProperties errorProperties,
            List<ErrorViewResolver> errorViewResolvers) {
        super(errorAttributes, errorProperties, errorViewResolvers);
    }

    /** Where the failed request went (the error dispatch's own path is /error), or null when unknown. */
    private static String failedPath(HttpServletRequest request) {
        return request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String uri
                ? uri.substring(request.getContextPath().length()) : null;
    }

    /** The API answers JSON even to a client that says it prefers HTML or says nothing. */
    @Override
    public ModelAndView errorHtml(HttpServletRequest request, HttpServletResponse response) {
        var path = failedPath(request);
        if (path == null || !JsonErrors.isApi(path)) {
            return super.errorHtml(request, response);
        }
        var status = getStatus(request);
        try {
            JsonErrors.write(path, response, status, detail(status));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return null;
    }

    @Override
    public ResponseEntity<Map<String, Object>> error(HttpServletRequest request) {
        var status = getStatus(request);
        if (status == HttpStatus.NO_CONTENT) {
            return new ResponseEntity<>(status);
        }
        var path = Objects.requireNonNullElse(failedPath(request), "/error");
        Map<String, Object> body = JSON.convertValue(JsonErrors.body(path, status, detail(status)), MAP);
        return ResponseEntity.status(status).contentType(JsonErrors.mediaType(path)).body(body);
    }

    private static String detail(HttpStatus status) {
        return switch (status) {
            case NOT_FOUND -> "There is nothing at this address.";
            case METHOD_NOT_ALLOWED -> "This address does not accept this method.";
            case BAD_REQUEST -> "The request is not valid.";
            case UNAUTHORIZED -> "Sign in or send a valid personal access token (Authorization: Bearer).";
            case FORBIDDEN -> "Your roles do not allow this.";
            case CONTENT_TOO_LARGE -> "The request is larger than the platform accepts.";
            case INTERNAL_SERVER_ERROR -> "Something went wrong on our side; it has been logged.";
            default -> status.getReasonPhrase() + ".";
        };
    }
}
