package org.orepass.web.testing;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/** A cookie-keeping HTTP client that signs in through the real login form (CSRF token and all). */
public class WebClient {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final CookieManager cookies;
    private final HttpClient client;
    private String base;

    public WebClient(int port) {
        this(port, new CookieManager());
    }

    private WebClient(int port, CookieManager cookies) {
        this.cookies = cookies;
        this.base = "http://localhost:" + port;
        this.client = HttpClient.newBuilder().cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** The same cookies (and so the same session) against another instance. */
    public WebClient sameCookiesOn(int otherPort) {
        return new WebClient(otherPort, cookies);
    }

    public HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
        var builder = HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "text/html");
        if (headers.length > 0) {
            builder.headers(headers);
        }
        return client.send(builder.build(), HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<String> signIn(String username, String password) throws IOException, InterruptedException {
        var page = get("/login").body();
        var matcher = CSRF.matcher(page);
        if (!matcher.find()) {
            throw new IllegalStateException("no CSRF token on the sign-in page");
        }
        var form = "username=" + encode(username) + "&password=" + encode(password) + "&_csrf="
                + encode(matcher.group(1));
        return client.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
