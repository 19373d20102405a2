package org.orepass.web.downstream;

import jakarta.servlet.http.HttpServletRequest;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.orepass.account.Actor;
import org.orepass.downstream.DownstreamReceipts.ReceiptDetails;
import org.orepass.downstream.DownstreamReceipts;
import org.orepass.web.errors.JsonErrors;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Downstream receipts through the API (bearer token, issue 18): the consignee's system confirms receipt of an export
 * shipment with the same rule as the page ({@link DownstreamReceipts#confirmReceipt}); a second confirmation is a
 * 400 problem, anyone but the consignee gets 404.
 */
@RestController
class ReceiptApiController {

    private final DownstreamReceipts receipts;

    ReceiptApiController(DownstreamReceipts receipts) {
        this.receipts = receipts;
    }

    /** The receipt as the consignee sends it. */
    record ReceiptJson(LocalDate receivedOn, BigDecimal receivedKg, String note) {
    }

    @PostMapping("/api/v1/downstream/shipments/{id}/receipt")
    ResponseEntity<DownstreamReceipts.ConsignmentView> confirm(@PathVariable long id,
            @RequestBody ReceiptJson body, Actor actor) {
        receipts.confirmReceipt(actor, id, new ReceiptDetails(body.receivedOn(), body.receivedKg(), body.note()));
        return ResponseEntity.status(HttpStatus.CREATED).body(receipts.of(actor, id).orElseThrow());
    }

    /** A body that is not such JSON (no body, a date that is none, a number too long) is a 400 problem, never a 500. */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpServletRequest request) {
        var problem = JsonErrors.problem(HttpStatus.BAD_REQUEST, "The body must be JSON with receivedOn (a date,"
                + " 2026-12-07), receivedKg (kilograms, a number) and optionally note (text).", JsonErrors.path(request));
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    @GetMapping("/api/v1/downstream/shipments/{id}")
    DownstreamReceipts.ConsignmentView consignment(@PathVariable long id, Actor actor) {
        return receipts.of(actor, id)
                .orElseThrow(() -> new org.orepass.shared.NotFoundException("Consignment", id));
    }
}
