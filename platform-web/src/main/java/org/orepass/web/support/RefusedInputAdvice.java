package org.orepass.web.support;

import org.orepass.shared.DomainRuleViolation;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A refused rule that no page controller put next to a field (a value in an address, a filter, a button
 * without a form) is the user's mistake, not the platform's: the 400 page in the layout, never a 500 (issue 15).
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE - 1)
class RefusedInputAdvice {

    @ExceptionHandler(DomainRuleViolation.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    String refused() {
        return "error/400";
    }
}
