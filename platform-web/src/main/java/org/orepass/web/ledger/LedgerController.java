package org.orepass.web.ledger;

import java.util.LinkedHashMap;
import java.util.List;
import org.orepass.ledger.Ledger;
import org.orepass.ledger.LedgerKeys;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;

/**
 * The public ledger page (issue 18, tamper evidence): the history of the signed heads of the custody chain and the
 * public keys that check them, as JWKs ({@code /ledger/jwks.json}) and as PEM for openssl. Anyone, no session.
 */
@Controller
class LedgerController {

    static final int HEADS = 200;

    private final Ledger ledger;
    private final JsonMapper json;

    LedgerController(Ledger ledger, JsonMapper json) {
        this.ledger = ledger;
        this.json = json;
    }

    @GetMapping("/ledger")
    String page(Model model) {
        model.addAttribute("heads", ledger.heads(HEADS));
        model.addAttribute("keys", keys());
        return "ledger/heads";
    }

    @GetMapping(value = "/ledger/jwks.json", produces = {"application/jwk-set+json", MediaType.APPLICATION_JSON_VALUE})
    ResponseEntity<String> jwks() {
        return ResponseEntity.ok().cacheControl(CacheControl.noCache())
                .body("{\"keys\":[" + String.join(",", ledger.publicKeys()) + "]}");
    }

    /** A key as PEM (SubjectPublicKeyInfo), for {@code openssl pkeyutl -verify -pubin -inkey}. */
    @GetMapping(value = "/ledger/keys/{kid}.pem", produces = "application/x-pem-file")
    ResponseEntity<String> pem(@PathVariable String kid) {
        return keys().stream().filter(key -> key.kid().equals(kid)).findFirst()
                .map(key -> ResponseEntity.ok().contentType(MediaType.valueOf("application/x-pem-file"))
                        .body(LedgerKeys.pemOfJwkX(key.x())))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    /**
     * A stretch of the chain, hashes only ({@link Ledger#segment}): what a buyer needs to check offline that a
     * passport's records lead to a signed head (README). A range that is not one is a 400 problem, never a 500.
     */
    @GetMapping(value = "/ledger/segment", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Object> segment(@RequestParam(required = false) String from,
            @RequestParam(required = false) String to) {
        long first;
        long last;
        try {
            first = Long.parseLong(from == null ? "" : from.strip());
            last = Long.parseLong(to == null ? "" : to.strip());
        } catch (NumberFormatException e) {
            return badRange();
        }
        if (first < 1 || last < first) {
            return badRange();
        }
        var segment = ledger.segment(first, last);
        var body = new LinkedHashMap<String, Object>();
        body.put("from", segment.from());
        body.put("to", segment.to());
        body.put("records", segment.records().stream().map(r -> {
            var record = new LinkedHashMap<String, Object>();
            record.put("position", r.position());
            record.put("source", r.source());
            record.put("sourceId", r.sourceId());
            record.put("contentHash", r.contentHash());
            record.put("prevHash", r.prevHash());
            record.put("recordHash", r.recordHash());
            return record;
        }).toList());
        body.put("next", segment.next() == null ? null
                : "/ledger/segment?from=" + segment.next() + "&to=" + segment.to());
        return ResponseEntity.ok().cacheControl(CacheControl.noCache()).body(body);
    }

    private static ResponseEntity<Object> badRange() {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "from and to are positions of the chain: whole numbers, 1 <= from <= to.");
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    /** A public key as the page shows it. */
    record Key(String kid, String x, String jwk) {
    }

    private List<Key> keys() {
        return ledger.publicKeys().stream().map(jwk -> {
            var node = json.readTree(jwk);
            return new Key(node.get("kid").asString(), node.get("x").asString(), jwk);
        }).toList();
    }
}
