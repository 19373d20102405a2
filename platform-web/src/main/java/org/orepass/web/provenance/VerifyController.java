package org.orepass.web.provenance;

import java.util.Map;
import org.orepass.ledger.LedgerKeys;
import org.orepass.provenance.Passports;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The public lot passport (issue 18, docs/provenance.md): {@code /verify} with a box to type a code,
 * {@code /verify/{code}} as a light printable page or as JSON ({@code Accept: application/json}), and the code's QR
 * code as SVG. Open to everyone and creating no session: these pages have no form that posts.
 * {@code /api/v1/verify/{code}} (an API token) adds the sites' ICGLR identifiers.
 */
@Controller
class VerifyController {

    static final String PAGE = "provenance/verify";
    static final String UNKNOWN = "provenance/unknown";

    private final Passports passports;
    private final String publicUrl;
    private final LedgerKeys keys;
    private final JsonMapper json;

    VerifyController(Passports passports, @Value("${orepass.provenance.public-url:}") String publicUrl,
            LedgerKeys keys, JsonMapper json) {
        this.passports = passports;
        this.publicUrl = publicUrl;
        this.keys = keys;
        this.json = json;
    }

    @GetMapping("/verify")
    String lookup(@RequestParam(required = false) String code, Model model) {
        if (code == null || code.isBlank()) {
            return PAGE;
        }
        var normal = Passports.normalise(code);
        if (normal == null) {
            model.addAttribute("typed", code);
            model.addAttribute("typedError", true);
            return PAGE;
        }
        return "redirect:/verify/" + normal;
    }

    @GetMapping("/verify/{code}")
    String passport(@PathVariable String code, Model model, jakarta.servlet.http.HttpServletResponse response) {
        var verification = passports.verify(code, false);
        if (!verification.found()) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            model.addAttribute("typed", code);
            model.addAttribute("revoked", verification.revoked());
            return UNKNOWN;
        }
        model.addAttribute("passport", verification.passport());
        model.addAttribute("grouped", Passports.grouped(verification.passport().code()));
        model.addAttribute("url", url(verification.passport().code()));
        return PAGE;
    }

    @GetMapping(value = "/verify/{code}", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Object> json(@PathVariable String code) {
        return answer(code, false);
    }

    @GetMapping(value = "/api/v1/verify/{code}", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Object> withIcglrIds(@PathVariable String code) {
        return answer(code, true);
    }

    private ResponseEntity<Object> answer(String code, boolean withIcglrIds) {
        var verification = passports.verify(code, withIcglrIds);
        if (!verification.found()) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("found", false,
                    "revoked", verification.revoked()));
        }
        // The passport signed by the platform (JWS, EdDSA, the ledger's key; issue 18): a buyer keeps it and checks
        // it offline with the key of /ledger/jwks.json. Its payload is the passport itself, RFC 8785 canonical.
        ObjectNode body = json.valueToTree(verification.passport());
        segment(verification.passport()).ifPresent(link -> ((ObjectNode) body.get("integrity")).put("segment", link));
        body.put("statement", keys.sign(json.writeValueAsString(body)));
        return ResponseEntity.ok().cacheControl(CacheControl.noCache()).body(body);
    }

    /**
     * Where the chain from the passport's first record to the latest signed head is served (hashes only), so a
     * buyer checks offline that its records lead to the head (README); none while no head covers them yet.
     */
    static java.util.Optional<String> segment(org.orepass.provenance.Passport passport) {
        var integrity = passport.integrity();
        if (integrity == null || integrity.head() == null || integrity.records().isEmpty()) {
            return java.util.Optional.empty();
        }
        long from = integrity.records().get(0).position();
        long to = integrity.head().position();
        return from > to ? java.util.Optional.empty()
                : java.util.Optional.of("/ledger/segment?from=" + from + "&to=" + to);
    }

    /** The QR of a code, for printing on labels; the passport behind it is public anyway. */
    @GetMapping(value = "/verify/{code}/qr.svg", produces = "image/svg+xml")
    ResponseEntity<String> qr(@PathVariable String code) {
        var normal = Passports.normalise(code);
        if (normal == null) {
            return ResponseEntity.notFound().build();
        }
        return svg(normal);
    }

    ResponseEntity<String> svg(String code) {
        return ResponseEntity.ok().contentType(MediaType.valueOf("image/svg+xml"))
                .cacheControl(CacheControl.noCache()).body(QrSvg.of(url(code), Passports.grouped(code)));
    }

    /** The address the QR code holds: the configured public address, else the one this request came to. */
    String url(String code) {
        var base = publicUrl.isBlank() ? ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString()
                : publicUrl.replaceAll("/+$", "");
        return base + "/verify/" + code;
    }
}
