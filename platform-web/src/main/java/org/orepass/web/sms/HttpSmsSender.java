package org.orepass.web.sms;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.orepass.sms.SmsSender;

/**
 * A sender that posts a form to an aggregator's HTTP API. A 4xx or 5xx answer, or no connection at all, is a
 * {@link SmsSender.Refused} (nothing was sent: safe to retry); a failure after the request went out (a timeout
 * waiting for the answer) leaves the outcome unknown. No message it makes contains the number or the text.
 */
abstract class HttpSmsSender implements SmsSender {

    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(15);

    private final HttpClient client;

    HttpSmsSender() {
        this.client = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT).build();
    }

    /** Posts the form; returns the answer's body when the status is 2xx. */
    String post(URI uri, Map<String, String> headers, Map<String, String> form) throws Refused {
        var body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        var request = HttpRequest.newBuilder(uri).timeout(ANSWER_TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        headers.forEach(request::header);
        HttpResponse<String> response;
        try {
            response = client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (ConnectException | HttpConnectTimeoutException unreachable) {
            throw new Refused(channel() + " unreachable (" + unreachable.getClass().getSimpleName() + ")");
        } catch (IOException unknown) {
            throw new UncheckedIOException(channel() + ": no answer", unknown);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(channel() + ": interrupted while sending");
        }
        if (response.statusCode() >= 300) {
            throw new Refused(channel() + " answered " + response.statusCode());
        }
        return response.body();
    }

    static Map<String, String> form(String... namesAndValues) {
        var form = new LinkedHashMap<String, String>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (namesAndValues[i + 1] != null && !namesAndValues[i + 1].isBlank()) {
                form.put(namesAndValues[i], namesAndValues[i + 1]);
            }
        }
        return form;
    }

    static String trimSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
