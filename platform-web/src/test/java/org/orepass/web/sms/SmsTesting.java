package org.orepass.web.sms;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import org.orepass.web.testing.SmsTestSettings;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Messages as the aggregators deliver them, for the SMS integration tests. */
final class SmsTesting {

    private static final AtomicLong PHONE = new AtomicLong(ThreadLocalRandom.current().nextLong(100_000_000L,
            800_000_000L));
    private static final AtomicLong MESSAGE = new AtomicLong();

    private SmsTesting() {
    }

    /** A number no other test uses: +243 and nine digits. */
    static String freshPhone() {
        return "+243" + PHONE.incrementAndGet();
    }

    static String freshMessageId() {
        return "SM" + System.nanoTime() + "x" + MESSAGE.incrementAndGet();
    }

    /** A Twilio callback signed with the test context's auth token (or {@code token}). */
    static MockHttpServletRequestBuilder twilio(String from, String body, String messageSid, String token) {
        var form = new TreeMap<String, List<String>>();
        form.put("From", List.of(from));
        form.put("To", List.of("+15005550006"));
        form.put("Body", List.of(body));
        form.put("MessageSid", List.of(messageSid));
        form.put("AccountSid", List.of("ACtest"));
        var request = post("/sms/inbound/twilio")
                .header("X-Twilio-Signature", TwilioSignature.of(token, "http://localhost/sms/inbound/twilio", form));
        for (Map.Entry<String, List<String>> entry : form.entrySet()) {
            request.param(entry.getKey(), entry.getValue().get(0));
        }
        return request;
    }

    static MockHttpServletRequestBuilder twilio(String from, String body, String messageSid) {
        return twilio(from, body, messageSid, SmsTestSettings.TWILIO_AUTH_TOKEN);
    }

    static MockHttpServletRequestBuilder twilio(String from, String body) {
        return twilio(from, body, freshMessageId());
    }

    /** An Africa's Talking callback from {@code address} to the path with {@code token}. */
    static MockHttpServletRequestBuilder africasTalking(String token, String address, String from, String text) {
        return post("/sms/inbound/africastalking/" + token).with(request -> {
            request.setRemoteAddr(address);
            return request;
        }).param("from", from).param("to", "12345").param("text", text).param("date", "2026-12-07 10:00:00")
                .param("id", freshMessageId());
    }
}
