package org.orepass.web.support;

import jakarta.servlet.http.HttpServletResponse;
import org.orepass.shared.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** Missing records and malformed ids get the 404 page in the layout, never a stack trace. */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class ErrorAdvice {

    /** A role or jurisdiction that does not cover the record: the 403 page, never a stack trace. */
    @ExceptionHandler(org.orepass.site.SiteAccessDenied.class)
    @ResponseStatus(HttpStatus.FORBIDDEN)
    String forbidden() {
        return "error/403";
    }

    @ExceptionHandler({NotFoundException.class, MethodArgumentTypeMismatchException.class})
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound(HttpServletResponse response) {
        return "error/404";
    }
}
