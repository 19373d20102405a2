package org.orepass.web.support;

import org.orepass.web.errors.JsonErrors;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Locale;
import org.orepass.shared.NotFoundException;
import org.orepass.site.SiteAccessDenied;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Every failure of a JSON controller ({@code @RestController}: the {@code /api/v1} endpoints, a lot's genealogy,
 * and those to come) as an RFC 9457 problem ({@code application/problem+json}), never an HTML page or a stack
 * trace. The ICGLR controllers are left to {@code IcglrErrors} and the error controller, which answer in the
 * standard's own format. Ordered before {@link ErrorAdvice}, which gives pages their error pages.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class ApiProblems {

    private static final Logger LOG = LoggerFactory.getLogger(ApiProblems.class);
    private static final String ICGLR_CONTROLLERS = "org.orepass.web.icglr";

    private final MessageSource messages;

    ApiProblems(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> problem(Exception exception, HandlerMethod handler, HttpServletRequest request,
            Locale locale) throws Exception {
        if (handler.getBeanType().getPackageName().startsWith(ICGLR_CONTROLLERS)
                || exception instanceof AccessDeniedException || exception instanceof AuthenticationException) {
            // The ICGLR format, or Spring Security's entry points and handlers, answer these.
            throw exception;
        }
        var problem = problemFor(exception, locale);
        if (problem.getType() == null) {
            problem.setType(JsonErrors.ABOUT_BLANK);
        }
        if (problem.getInstance() == null) {
            problem.setInstance(URI.create(JsonErrors.path(request)));
        }
        var response = ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON);
        if (exception instanceof ErrorResponse error) {
            response.headers(error.getHeaders());
        }
        return response.body(problem);
    }

    private ProblemDetail problemFor(Exception exception, Locale locale) {
        if (exception instanceof NotFoundException) {
            return JsonErrors.problem(HttpStatus.NOT_FOUND, "There is no such record.", null);
        }
        if (exception instanceof SiteAccessDenied) {
            return JsonErrors.problem(HttpStatus.FORBIDDEN,
                    "Your role, organisation or jurisdiction does not allow this.", null);
        }
        if (StaleEdits.refusal(exception) != null) {
            var refused = StaleEdits.refusal(exception);
            var problem = JsonErrors.problem(HttpStatus.BAD_REQUEST,
                    messages.getMessage(refused.messageKey(), refused.arguments(), refused.messageKey(), locale),
                    null);
            if (refused.field() != null) {
                problem.setProperty("field", refused.field());
            }
            return problem;
        }
        if (StaleEdits.isStale(exception)) {
            return JsonErrors.problem(HttpStatus.CONFLICT,
                    "Someone else changed this record meanwhile; read it again.", null);
        }
        if (exception instanceof MethodArgumentTypeMismatchException mismatch) {
            // A malformed id in the path names no record, as on the pages; a malformed parameter is a bad request.
            return mismatch.getParameter().hasParameterAnnotation(PathVariable.class)
                    ? JsonErrors.problem(HttpStatus.NOT_FOUND, "There is no such record.", null)
                    : JsonErrors.problem(HttpStatus.BAD_REQUEST,
                            "The parameter '" + mismatch.getName() + "' is not valid.", null);
        }
        if (exception instanceof HttpMessageNotReadableException) {
            // No body, broken JSON, a date or number that is none: the caller's mistake, whichever endpoint. The
            // parser's own message is not echoed (it quotes the input and names Java types).
            return JsonErrors.problem(HttpStatus.BAD_REQUEST,
                    "The request body is not JSON of the form this endpoint takes; see the API documentation.", null);
        }
        if (exception instanceof ErrorResponse error) {
            // Spring MVC's own exceptions (400 missing parameter, 405, 406, 413, 415, ...) carry their problem.
            return error.getBody();
        }
        LOG.error("JSON request failed", exception);
        return JsonErrors.problem(HttpStatus.INTERNAL_SERVER_ERROR,
                "Something went wrong on our side; it has been logged.", null);
    }
}
