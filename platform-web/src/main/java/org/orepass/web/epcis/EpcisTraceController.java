package org.orepass.web.epcis;

import java.time.Clock;
import java.util.Map;
import org.orepass.account.Actor;
import org.orepass.epcis.EpcisQueries;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * A lot's trace back to its mine sites as one EPCIS 2.0 document, downloaded from the lot page: for whoever may
 * open the lot (anyone else gets 404, as for the page).
 */
@RestController
class EpcisTraceController {

    static final MediaType JSON_LD = MediaType.parseMediaType("application/ld+json");

    private final EpcisQueries queries;
    private final Clock clock;

    EpcisTraceController(EpcisQueries queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    @GetMapping("/lots/{id}/epcis.json")
    ResponseEntity<Map<String, Object>> trace(@PathVariable long id, Actor actor) {
        var events = queries.trace(actor, id);
        var now = clock.instant();
        return ResponseEntity.ok().contentType(JSON_LD)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename("lot-" + id + "-epcis.json").build().toString())
                .body(EpcisJson.document(events, now, "urn:orepass:trace:lot:" + id + ":" + now.toEpochMilli()));
    }
}
