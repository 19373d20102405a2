package org.orepass.web.sms;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.orepass.sms.SmsLanguage;
import org.orepass.sms.SmsReporting;
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
 * The aggregators' callbacks for incoming text messages (docs/sms.md). Each checks that the aggregator sent it
 * (Twilio's signature; Africa's Talking's secret path token and address), hands the message to
 * {@link SmsReporting#receive} as the anonymous principal, and answers at once: the reply goes out later from the
 * queue. Nothing here logs the number or the text.
 */
@RestController
class SmsInboundController {

    private static final Logger LOG = LoggerFactory.getLogger(SmsInboundController.class);
    static final String EMPTY_TWIML = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response/>";
    /** The longest text read: Twilio's own limit for one message (ten parts). */
    static final int MAX_TEXT = 1600;

    private final SmsSettings settings;
    private final SmsReporting reporting;

    SmsInboundController(SmsSettings settings, SmsReporting reporting) {
        this.settings = settings;
        this.reporting = reporting;
    }

    @PostMapping("/sms/inbound/twilio")
    ResponseEntity<String> twilio(HttpServletRequest request) {
        var twilio = settings.twilio().orElse(null);
        if (twilio == null) {
            return ResponseEntity.notFound().build();
        }
        var url = twilio.callbackUrl().isBlank() ? fullUrl(request) : twilio.callbackUrl();
        var form = formParameters(request);
        if (form == null || !TwilioSignature.valid(twilio.authToken(), url, form,
                request.getHeader("X-Twilio-Signature"))) {
            return ResponseEntity.status(HttpStatus.FORBIDDEN).build();
        }
        var outcome = receive("twilio", request.getParameter("MessageSid"), request.getParameter("From"),
                request.getParameter("Body"), twilio.country(), twilio.language());
        if (outcome != null) {
            return outcome;
        }
        return ResponseEntity.ok().contentType(MediaType.TEXT_XML).body(EMPTY_TWIML);
    }

    @PostMapping("/sms/inbound/africastalking/{token}")
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
        var outcome = receive("africastalking", request.getParameter("id"), request.getParameter("from"),
                request.getParameter("text"), at.country(), at.language());
        if (outcome != null) {
            return outcome;
        }
        return ResponseEntity.ok().contentType(MediaType.TEXT_PLAIN).body("OK");
    }

    /** Any other provider, or a provider's address without its parts. */
    @RequestMapping("/sms/inbound/**")
    ResponseEntity<String> unknown() {
        return ResponseEntity.notFound().build();
    }

    /** Null when the message was handled (or was a retry); else the answer that says why not. */
    private ResponseEntity<String> receive(String channel, String messageId, String sender, String text,
            String country, SmsLanguage language) {
        if (messageId == null || messageId.isBlank() || messageId.length() > 200 || sender == null
                || sender.isBlank() || sender.length() > 40) {
            return ResponseEntity.badRequest().build();
        }
        var message = new SmsReporting.Inbound(channel, messageId.strip(), sender.strip(), clean(text), country,
                language);
        try {
            AnonymousPrincipal.run(() -> reporting.receive(message));
            return null;
        } catch (RuntimeException e) {
            // The class only: a message of a database error could quote the row, number or text included.
            LOG.warn("SMS from {} not handled ({}); the aggregator may retry", channel, e.getClass().getSimpleName());
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).build();
        }
    }

    /** The text without control characters (a NUL cannot be stored), at most {@value #MAX_TEXT} characters. */
    static String clean(String text) {
        if (text == null) {
            return "";
        }
        var cleaned = text.replaceAll("[\\p{Cc}&&[^\\n\\t]]", " ");
        return cleaned.length() > MAX_TEXT ? cleaned.substring(0, MAX_TEXT) : cleaned;
    }

    private static String fullUrl(HttpServletRequest request) {
        var query = request.getQueryString();
        return request.getRequestURL() + (query == null ? "" : "?" + query);
    }

    /** The parameters of the request's body (the query string's taken out), or null when they cannot be read. */
    private static Map<String, List<String>> formParameters(HttpServletRequest request) {
        try {
            var all = new HashMap<String, List<String>>();
            request.getParameterMap().forEach((name, values) -> all.put(name, new ArrayList<>(Arrays.asList(values))));
            var query = request.getQueryString();
            if (query != null && !query.isEmpty()) {
                for (var pair : query.split("&")) {
                    int equals = pair.indexOf('=');
                    var name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
                    var value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
                    var values = all.get(name);
                    if (values != null) {
                        values.remove(value);
                        if (values.isEmpty()) {
                            all.remove(name);
                        }
                    }
                }
            }
            return all;
        } catch (IllegalArgumentException unreadable) {
            return null;
        }
    }
}
