package org.orepass.web.icglr;

import java.time.Instant;
import org.orepass.shared.NotFoundException;
import org.orepass.site.SiteAccessDenied;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every failure of the ICGLR endpoints as the standard's Error document; never an HTML page or a stack trace.
 * It covers every controller of this package: the mine-site, lot and later ICGLR endpoints alike.
 */
@RestControllerAdvice(basePackageClasses = IcglrErrors.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class IcglrErrors {

    private final JsonMapper json;

    IcglrErrors(JsonMapper json) {
        this.json = json;
    }

    @ExceptionHandler(IcglrRequestRejected.class)
    ResponseEntity<ObjectNode> rejected(IcglrRequestRejected rejected) {
        var body = error(rejected.code(), rejected.getMessage());
        if (!rejected.problems().isEmpty()) {
            var problems = body.putObject("details").putArray("problems");
            rejected.problems().forEach(p -> problems.addObject().put("field", p.field()).put("reason", p.reason()));
        }
        return ResponseEntity.status(rejected.status()).contentType(MediaType.APPLICATION_JSON).body(body);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ObjectNode> unreadable(HttpMessageNotReadableException e) {
        return rejected(IcglrRequestRejected.invalid("", "the body is not valid JSON"));
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ObjectNode> mediaType(HttpMediaTypeNotSupportedException e) {
        return ResponseEntity.status(HttpStatus.UNSUPPORTED_MEDIA_TYPE).contentType(MediaType.APPLICATION_JSON)
                .body(error("UNSUPPORTED_MEDIA_TYPE", "Send application/json"));
    }

    @ExceptionHandler(SiteAccessDenied.class)
    ResponseEntity<ObjectNode> denied(SiteAccessDenied e) {
        return ResponseEntity.status(HttpStatus.FORBIDDEN).contentType(MediaType.APPLICATION_JSON)
                .body(error("FORBIDDEN", "Your role or jurisdiction does not allow this change"));
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<ObjectNode> notFound(NotFoundException e) {
        return rejected(IcglrRequestRejected.notFound());
    }

    private ObjectNode error(String code, String message) {
        var body = json.createObjectNode();
        body.put("code", code);
        body.put("message", message);
        body.put("timestamp", Instant.now().toString());
        return body;
    }
}
