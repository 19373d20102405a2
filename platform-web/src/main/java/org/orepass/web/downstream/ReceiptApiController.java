package org.orepass.web.downstream;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.orepass.account.Actor;
import org.orepass.downstream.DownstreamReceipts;
import org.orepass.downstream.DownstreamReceipts.ReceiptDetails;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
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

    @GetMapping("/api/v1/downstream/shipments/{id}")
    DownstreamReceipts.ConsignmentView consignment(@PathVariable long id, Actor actor) {
        return receipts.of(actor, id)
                .orElseThrow(() -> new org.orepass.shared.NotFoundException("Consignment", id));
    }
}
