package org.orepass.web.icglr;

import java.util.List;
import org.orepass.shared.NotFoundException;
import org.orepass.site.SiteAccessDenied;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every failure of the ICGLR endpoints as the standard's Error document; never an HTML page or a stack trace.
 * It covers every controller of this package: the mine-site, lot and certificate endpoints alike. What happens
 * before a controller is chosen (unknown path, wrong method, the security chain) is {@link IcglrErrorFilter}'s and
 * {@link IcglrSecurity}'s.
 */
@RestControllerAdvice(basePackageClasses = IcglrErrors.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class IcglrErrors {

    private static final Logger LOG = LoggerFactory.getLogger(IcglrErrors.class);

    @ExceptionHandler(IcglrRequestRejected.class)
    ResponseEntity<ObjectNode> rejected(IcglrRequestRejected rejected) {
        return answer(rejected.status(), rejected.code(), rejected.getMessage(), rejected.problems());
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ObjectNode> unreadable(HttpMessageNotReadableException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof IcglrErrorFilter.BodyTooLarge tooLarge) {
                return answer(413, "PAYLOAD_TOO_LARGE", IcglrErrorDocument.message(413),
                        List.of(new IcglrProblem("", "at most " + tooLarge.limit() + " bytes")));
            }
        }
        var reason = "the body is not valid JSON";
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof JacksonException jackson && jackson.getLocation() != null) {
                // Where it went wrong, and why (a number or text beyond the parser's limits, a missing brace).
                reason += " (line " + jackson.getLocation().getLineNr() + ", column "
                        + jackson.getLocation().getColumnNr() + ": " + jackson.getOriginalMessage() + ")";
                break;
            }
        }
        return answer(400, "VALIDATION_ERROR", IcglrErrorDocument.message(400), List.of(new IcglrProblem("", reason)));
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ObjectNode> mediaType(HttpMediaTypeNotSupportedException e) {
        return answer(415, "UNSUPPORTED_MEDIA_TYPE", IcglrErrorDocument.message(415),
                List.of(new IcglrProblem("Content-Type", "application/json or application/ld+json")));
    }

    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    ResponseEntity<ObjectNode> notAcceptable(HttpMediaTypeNotAcceptableException e) {
        return answer(406, "NOT_ACCEPTABLE", IcglrErrorDocument.message(406),
                List.of(new IcglrProblem("Accept", "application/json or application/ld+json")));
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ObjectNode> method(HttpRequestMethodNotSupportedException e) {
        var body = IcglrErrorDocument.of("METHOD_NOT_ALLOWED", IcglrErrorDocument.message(405), List.of());
        var answer = ResponseEntity.status(405).contentType(MediaType.APPLICATION_JSON);
        if (e.getSupportedHttpMethods() != null) {
            answer.allow(e.getSupportedHttpMethods().toArray(org.springframework.http.HttpMethod[]::new));
        }
        return answer.body(body);
    }

    @ExceptionHandler(MissingRequestHeaderException.class)
    ResponseEntity<ObjectNode> header(MissingRequestHeaderException e) {
        return answer(400, "VALIDATION_ERROR", IcglrErrorDocument.message(400),
                List.of(new IcglrProblem(e.getHeaderName(), "required")));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ObjectNode> mismatch(MethodArgumentTypeMismatchException e) {
        return answer(400, "VALIDATION_ERROR", IcglrErrorDocument.message(400),
                List.of(new IcglrProblem(e.getName(), "not a valid value")));
    }

    @ExceptionHandler(SiteAccessDenied.class)
    ResponseEntity<ObjectNode> denied(SiteAccessDenied e) {
        return answer(403, "FORBIDDEN", "Your role or jurisdiction does not allow this change", List.of());
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<ObjectNode> notFound(NotFoundException e) {
        return rejected(IcglrRequestRejected.notFound());
    }

    /**
     * A version conflict no controller caught (the form-version check, or one found only at commit): the same
     * 409 as a stale edit, from here for every ICGLR endpoint.
     */
    @ExceptionHandler({org.orepass.shared.StaleEditException.class,
        org.springframework.dao.OptimisticLockingFailureException.class})
    ResponseEntity<ObjectNode> conflict(Exception e) {
        return answer(409, "CONFLICT", IcglrErrorDocument.message(409),
                List.of(new IcglrProblem("", "the record was changed by someone else meanwhile; read it again")));
    }

    /** Whatever nobody foresaw: logged with its stack trace, answered with the Error document (no details). */
    @ExceptionHandler(Exception.class)
    ResponseEntity<ObjectNode> unexpected(Exception e) {
        var refused = org.orepass.web.support.StaleEdits.refusal(e);
        if (refused != null) {
            // A rule refused at the last door (a text too long for its column), perhaps only at commit.
            return answer(400, "VALIDATION_ERROR", IcglrErrorDocument.message(400), List.of(new IcglrProblem(
                    refused.field() == null ? "" : refused.field(), refused.messageKey())));
        }
        if (org.orepass.web.support.StaleEdits.isStale(e)) {
            return conflict(e);
        }
        LOG.error("ICGLR API request failed", e);
        return answer(500, "INTERNAL_ERROR", IcglrErrorDocument.message(500), List.of());
    }

    private static ResponseEntity<ObjectNode> answer(int status, String code, String message,
            List<IcglrProblem> problems) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON)
                .body(IcglrErrorDocument.of(code, message, problems));
    }
}
