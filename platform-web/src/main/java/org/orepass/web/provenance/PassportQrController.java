package org.orepass.web.provenance;

import org.orepass.account.Actor;
import org.orepass.provenance.Passports;
import org.orepass.shared.NotFoundException;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The QR codes on the signed-in pages (issue 18): the certificate page, the export shipment and lot pages and the
 * tags page show an {@code <img>} of these, so custody and export templates name an address and no Java of theirs
 * depends on provenance. Each answers only to whoever may see the certificate, shipment or lot (404 otherwise);
 * tags are read by the roles the {@code /sites/*}{@code /tags/**} route admits.
 */
@Controller
class PassportQrController {

    private final Passports passports;
    private final VerifyController verify;

    PassportQrController(Passports passports, VerifyController verify) {
        this.passports = passports;
        this.verify = verify;
    }

    @GetMapping(value = "/passport/lots/{id}/qr.svg", produces = "image/svg+xml")
    ResponseEntity<String> lot(@PathVariable long id, Actor actor) {
        return svg(passports.codeOfLot(actor, id).orElse(null));
    }

    @GetMapping(value = "/passport/exports/{id}/qr.svg", produces = "image/svg+xml")
    ResponseEntity<String> shipment(@PathVariable long id, Actor actor) {
        return svg(passports.codeOfShipment(actor, id, false).orElse(null));
    }

    @GetMapping(value = "/passport/exports/{id}/certificate/qr.svg", produces = "image/svg+xml")
    ResponseEntity<String> certificate(@PathVariable long id, Actor actor) {
        return svg(passports.codeOfShipment(actor, id, true).orElse(null));
    }

    @GetMapping(value = "/sites/{siteId}/tags/{id}/qr.svg", produces = "image/svg+xml")
    ResponseEntity<String> tag(@PathVariable long siteId, @PathVariable long id, Actor actor) {
        return svg(passports.codeOfTag(actor, siteId, id).orElse(null));
    }

    private ResponseEntity<String> svg(String code) {
        if (code == null) {
            throw new NotFoundException("VerificationCode", 0L);
        }
        return verify.svg(code);
    }
}
