package org.orepass.web.sms;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.orepass.sms.UssdReporting;
import org.orepass.web.incident.AnonymousPrincipal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Africa's Talking's USSD callback (docs/sms.md, "USSD"): {@code sessionId}, {@code serviceCode},
 * {@code phoneNumber} and {@code text} (the answers so far joined by {@code *}); the answer is a plain-text
 * {@code CON ...} screen or the closing {@code END ...}. Checked like its SMS callback (the secret path token and
 * the caller's address); the menu and the report are {@link UssdReporting}'s. Nothing here logs the number or
 * the answers.
 */
@RestController
class UssdController {

    private static final Logger LOG = LoggerFactory.getLogger(UssdController.class);
    /** The longest answer string read: a menu of a few screens and one short text. */
    static final int MAX_TEXT = 1000;

    private final SmsSettings settings;
    private final UssdReporting reporting;

    UssdController(SmsSettings settings, UssdReporting reporting) {
        this.settings = settings;
        this.reporting = reporting;
    }

    /** Plain text in UTF-8: the screens carry accents (Français, Où ?). */
    private static final MediaType TEXT = new MediaType("text", "plain", StandardCharsets.UTF_8);

    @PostMapping("/ussd/africastalking/{token}")
    ResponseEntity<String> africasTalking(@PathVariable String token, HttpServletRequest request) {
        var at = settings.africasTalking().orElse(null);
        if (at == null) {
            return ResponseEntity.notFound().build();
        }
        boolean tokenMatches = MessageDigest.isEqual(at.token().getBytes(StandardCharsets.UTF_8),
                token.getBytes(StandardCharsets.UTF_8));
        if (!tokenMatches || !AddressAllowList.allows(at.allowFrom(), request.getRemoteAddr())) {
            return ResponseEntity.status(HttpStatus.FORBIDDEN).build();
        }
        var session = request.getParameter("sessionId");
        var phone = request.getParameter("phoneNumber");
        var text = request.getParameter("text");
        if (session == null || session.isBlank() || session.length() > 200 || phone == null || phone.isBlank()
                || phone.length() > 40 || (text != null && text.length() > MAX_TEXT)) {
            return ResponseEntity.badRequest().build();
        }
        var ussd = new UssdReporting.Request("africastalking-ussd", session.strip(), phone.strip(),
                SmsInboundController.clean(text), at.country());
        try {
            return ResponseEntity.ok().contentType(TEXT)
                    .body(AnonymousPrincipal.run(() -> reporting.respond(ussd)));
        } catch (RuntimeException e) {
            LOG.warn("USSD request not handled ({})", e.getClass().getSimpleName());
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).build();
        }
    }

    /** Any other provider. */
    @RequestMapping("/ussd/**")
    ResponseEntity<String> unknown() {
        return ResponseEntity.notFound().build();
    }
}
