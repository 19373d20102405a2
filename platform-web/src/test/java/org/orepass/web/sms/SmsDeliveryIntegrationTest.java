package org.orepass.web.sms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.orepass.sms.SmsDelivery;
import org.orepass.sms.SmsLanguage;
import org.orepass.sms.SmsOutbox;
import org.orepass.sms.SmsSender;
import org.orepass.web.testing.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 20: replies leave the PostgreSQL queue through the aggregators' HTTP APIs, here a local HTTP server
 * standing in for Twilio and Africa's Talking: sent once, retried after a refusal, never sent again after a
 * restart (a new {@link SmsDelivery} over the same database), and no error message holds the number.
 */
@PlatformTest
class SmsDeliveryIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SmsOutbox outbox;

    private HttpServer server;
    private final List<Map<String, String>> received = Collections.synchronizedList(new ArrayList<>());
    private final List<String> headers = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger failuresLeft = new AtomicInteger();
    private volatile String answer = "{}";

    @BeforeEach
    void startProvider() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            var body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            var form = new HashMap<String, String>();
            for (var pair : body.split("&")) {
                var parts = pair.split("=", 2);
                form.put(URLDecoder.decode(parts[0], StandardCharsets.UTF_8),
                        parts.length > 1 ? URLDecoder.decode(parts[1], StandardCharsets.UTF_8) : "");
            }
            form.put("path", exchange.getRequestURI().getPath());
            received.add(form);
            headers.add(String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")) + " "
                    + exchange.getRequestHeaders().getFirst("apiKey"));
            int status = failuresLeft.getAndDecrement() > 0 ? 500 : 201;
            var reply = (status == 201 ? answer : "{\"message\":\"down\"}").getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, reply.length);
            exchange.getResponseBody().write(reply);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stopProvider() {
        server.stop(0);
    }

    private String providerUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private TwilioSender twilio(String url) {
        return new TwilioSender(new SmsSettings.Twilio("test-token", "ACdelivery", "+15005550006", url, "", "CD",
                SmsLanguage.SW));
    }

    private AfricasTalkingSender africasTalking(String url) {
        return new AfricasTalkingSender(new SmsSettings.AfricasTalking("t", List.of(), "at-key", "sandbox", "",
                url, "CD", SmsLanguage.SW));
    }

    /** Runs delivery a few times, as the job would: older replies of other tests may fill a first batch. */
    private void deliver(SmsSender sender, Instant now) {
        var delivery = new SmsDelivery(outbox, List.of(sender), at(now));
        for (int i = 0; i < 5; i++) {
            delivery.deliverDue();
        }
    }

    private static Clock at(Instant instant) {
        return Clock.fixed(instant, ZoneOffset.UTC);
    }

    private List<Map<String, String>> sentTo(String phone, String field) {
        return received.stream().filter(form -> phone.equals(form.get(field))).toList();
    }

    @Test
    void aReplyGoesOutOnceAndNotAgainAfterARestart() throws Exception {
        var phone = SmsTesting.freshPhone();
        mvc.perform(SmsTesting.twilio(phone, "HELP")).andExpect(status().isOk());
        var now = Instant.now().plusSeconds(1);

        deliver(twilio(providerUrl()), now);
        var sent = sentTo(phone, "To");
        assertThat(sent).hasSize(1);
        assertThat(sent.get(0).get("Body")).startsWith("Send REPORT");
        assertThat(sent.get(0).get("From")).isEqualTo("+15005550006");
        assertThat(sent.get(0).get("path")).isEqualTo("/2010-04-01/Accounts/ACdelivery/Messages.json");
        assertThat(headers).contains("Basic " + java.util.Base64.getEncoder().encodeToString(
                "ACdelivery:test-token".getBytes(StandardCharsets.UTF_8)) + " null");

        // The same node again, then a restarted one over the same database: nothing more for this phone.
        deliver(twilio(providerUrl()), now.plusSeconds(5));
        deliver(twilio(providerUrl()), now.plus(Duration.ofHours(2)));
        assertThat(sentTo(phone, "To")).hasSize(1);
    }

    @Test
    void aRefusedReplyIsRetriedLaterAndItsErrorNamesNoNumber() throws Exception {
        var phone = SmsTesting.freshPhone();
        long before = jdbc.queryForObject("select coalesce(max(id), 0) from sms_outbox", Long.class);
        mvc.perform(SmsTesting.twilio(phone, "AIDE")).andExpect(status().isOk());
        var now = Instant.now().plusSeconds(1);
        failuresLeft.set(1000);
        deliver(twilio(providerUrl()), now);
        assertThat(sentTo(phone, "To")).hasSize(1);
        var row = jdbc.queryForMap("select state, attempts, last_error from sms_outbox where id > ? and channel = "
                + "'twilio'", before);
        assertThat(row.get("state")).isEqualTo("FAILED");
        assertThat(row.get("attempts")).isEqualTo(1);
        assertThat((String) row.get("last_error")).isEqualTo("twilio answered 500")
                .doesNotContain(phone.substring(4));

        // Not due again before its pause; a restarted node sends it once the pause is over.
        failuresLeft.set(0);
        deliver(twilio(providerUrl()), now.plusSeconds(10));
        assertThat(sentTo(phone, "To")).hasSize(1);
        deliver(twilio(providerUrl()), now.plus(Duration.ofMinutes(2)));
        var sent = sentTo(phone, "To");
        assertThat(sent).hasSize(2);
        assertThat(sent.get(1).get("Body")).startsWith("Envoyez SIGNALER");
        assertThat(jdbc.queryForObject("select count(*) from sms_outbox where id > ? and channel = 'twilio'",
                Long.class, before)).isZero();
        deliver(twilio(providerUrl()), now.plus(Duration.ofHours(3)));
        assertThat(sentTo(phone, "To")).hasSize(2);
    }

    @Test
    void africasTalkingRepliesCarryTheApiKeyAndARefusedRecipientIsRetried() throws Exception {
        var phone = SmsTesting.freshPhone();
        answer = "{\"SMSMessageData\":{\"Recipients\":[{\"statusCode\":101,\"status\":\"Success\"}]}}";
        africasTalking(providerUrl()).send(phone, "Asante");
        var sent = sentTo(phone, "to");
        assertThat(sent).hasSize(1);
        assertThat(sent.get(0)).containsEntry("message", "Asante").containsEntry("username", "sandbox")
                .containsEntry("path", "/version1/messaging");
        assertThat(headers).contains("null at-key");

        answer = "{\"SMSMessageData\":{\"Recipients\":[{\"statusCode\":403,\"status\":\"InvalidPhoneNumber\"}]}}";
        assertThatThrownBy(() -> africasTalking(providerUrl()).send(phone, "Asante"))
                .isInstanceOf(SmsSender.Refused.class).hasMessageContaining("403")
                .hasMessageNotContaining(phone.substring(4));
    }

    @Test
    void aProviderThatCannotBeReachedIsARefusalWithoutTheNumber() throws Exception {
        int closed;
        try (var socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        var phone = SmsTesting.freshPhone();
        assertThatThrownBy(() -> twilio("http://127.0.0.1:" + closed).send(phone, "hello"))
                .isInstanceOf(SmsSender.Refused.class).hasMessageStartingWith("twilio unreachable")
                .hasMessageNotContaining(phone.substring(4));
        assertThatThrownBy(() -> africasTalking("http://127.0.0.1:" + closed).send(phone, "hello"))
                .isInstanceOf(SmsSender.Refused.class).hasMessageNotContaining(phone.substring(4));
        // A channel that is not configured refuses too, so its replies wait in the queue.
        assertThatThrownBy(() -> new TwilioSender((SmsSettings.Twilio) null).send(phone, "hello"))
                .isInstanceOf(SmsSender.Refused.class);
    }
}
