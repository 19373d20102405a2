package org.orepass.web.incident;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.i18n.FixedLocaleResolver;

/** Issue 15: the public pages' cache per filter and their own concurrency limit. */
class PublicPageShieldTest {

    private final StaticMessageSource messages = new StaticMessageSource();

    {
        messages.addMessage("error.503.title", Locale.ENGLISH, "Temporarily unavailable");
        messages.addMessage("incident.public.busy", Locale.ENGLISH, "Many people are reading");
    }

    private PublicPageShield shield(Duration wait) {
        return shield(wait, Duration.ZERO);
    }

    private PublicPageShield shield(Duration wait, Duration spacing) {
        return new PublicPageShield(1, wait, Duration.ofMinutes(1), spacing, new FixedLocaleResolver(Locale.ENGLISH),
                messages);
    }

    private static MockHttpServletRequest get(String path, String query) {
        var request = new MockHttpServletRequest("GET", path);
        request.setQueryString(query);
        if (query != null) {
            for (var pair : query.split("&")) {
                var parts = pair.split("=", 2);
                request.addParameter(parts[0], parts.length > 1 ? parts[1] : "");
            }
        }
        return request;
    }

    /** A controller stand-in: counts its calls and renders the count. */
    private static MockFilterChain page(AtomicInteger calls, boolean anonymous) {
        return new MockFilterChain(new jakarta.servlet.http.HttpServlet() {
            @Override
            protected void service(jakarta.servlet.http.HttpServletRequest request,
                    jakarta.servlet.http.HttpServletResponse response) throws java.io.IOException {
                request.setAttribute(PublicPageShield.ANONYMOUS_VIEW, anonymous);
                response.setContentType("text/html;charset=UTF-8");
                response.getOutputStream().write(("figures " + calls.incrementAndGet()).getBytes(StandardCharsets.UTF_8));
            }
        });
    }

    @Test
    void anAnonymousDashboardIsComputedOncePerFilterAndLanguageWithinTheMinute() throws Exception {
        var shield = shield(Duration.ofSeconds(1));
        var calls = new AtomicInteger();
        var first = new MockHttpServletResponse();
        shield.doFilter(get("/public/dashboard", "country=CD"), first, page(calls, true));
        var second = new MockHttpServletResponse();
        shield.doFilter(get("/public/dashboard", "country=CD"), second, page(calls, true));
        assertThat(calls).hasValue(1);
        assertThat(second.getContentAsString()).isEqualTo("figures 1").isEqualTo(first.getContentAsString());
        assertThat(second.getContentType()).startsWith("text/html");

        shield.doFilter(get("/public/dashboard", "country=UG"), new MockHttpServletResponse(), page(calls, true));
        assertThat(calls).as("another filter is another entry").hasValue(2);
        var signedIn = get("/public/dashboard", "country=CD");
        signedIn.setCookies(new Cookie(PublicPageShield.SESSION_COOKIE, "abc"));
        shield.doFilter(signedIn, new MockHttpServletResponse(), page(calls, false));
        assertThat(calls).as("a visitor with a session gets their own page").hasValue(3);
        shield.doFilter(get("/public/incidents", "country=CD"), new MockHttpServletResponse(), page(calls, true));
        shield.doFilter(get("/public/incidents", "country=CD"), new MockHttpServletResponse(), page(calls, true));
        assertThat(calls).as("lists show descriptions, which a verifier may withhold at once: never kept")
                .hasValue(5);
    }

    @Test
    void publicResponsesKeepTheirPaceCachedOnesIncludedButAQuietNodeDoesNotWait() throws Exception {
        var shield = shield(Duration.ofSeconds(5), Duration.ofMillis(20));
        var calls = new AtomicInteger();
        shield.doFilter(get("/public/dashboard", "country=RW"), new MockHttpServletResponse(), page(calls, true));
        Thread.sleep(50);
        var quiet = System.nanoTime();
        shield.doFilter(get("/public/dashboard", "country=RW"), new MockHttpServletResponse(), page(calls, true));
        assertThat(Duration.ofNanos(System.nanoTime() - quiet)).as("the first after a pause starts at once")
                .isLessThan(Duration.ofMillis(15));
        var flood = System.nanoTime();
        for (int i = 0; i < 10; i++) {
            shield.doFilter(get("/public/dashboard", "country=RW"), new MockHttpServletResponse(), page(calls, true));
        }
        assertThat(calls).as("all from the cache").hasValue(1);
        assertThat(Duration.ofNanos(System.nanoTime() - flood)).as("ten more, each 20 ms after the one before")
                .isGreaterThanOrEqualTo(Duration.ofMillis(9 * 20));
    }

    @Test
    void aPageRenderedForSomeoneSignedInIsNeverKeptForOthers() throws Exception {
        var shield = shield(Duration.ofSeconds(1));
        var calls = new AtomicInteger();
        shield.doFilter(get("/public/dashboard", "division=CD-NK"), new MockHttpServletResponse(), page(calls, false));
        shield.doFilter(get("/public/dashboard", "division=CD-NK"), new MockHttpServletResponse(), page(calls, true));
        assertThat(calls).hasValue(2);
    }

    @Test
    void publicRequestsBeyondTheLimitWaitThenGetABusyAnswer() throws Exception {
        var shield = shield(Duration.ofMillis(200));
        var inside = new CountDownLatch(1);
        var release = new CountDownLatch(1);
        var slow = new MockFilterChain(new jakarta.servlet.http.HttpServlet() {
            @Override
            protected void service(jakarta.servlet.http.HttpServletRequest request,
                    jakarta.servlet.http.HttpServletResponse response) {
                inside.countDown();
                try {
                    release.await(5, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        });
        var executor = Executors.newSingleThreadExecutor();
        try {
            var running = executor.submit(() -> {
                shield.doFilter(get("/public/incidents", null), new MockHttpServletResponse(), slow);
                return null;
            });
            assertThat(inside.await(5, TimeUnit.SECONDS)).isTrue();
            var waiting = new MockHttpServletResponse();
            shield.doFilter(get("/public/dashboard", "x=1"), waiting, page(new AtomicInteger(), true));
            assertThat(waiting.getStatus()).isEqualTo(503);
            assertThat(waiting.getHeader("Retry-After")).isNotNull();
            assertThat(waiting.getContentAsString()).contains("Many people are reading");
            // Meanwhile, other pages do not wait for the public ones.
            var calls = new AtomicInteger();
            shield.doFilter(get("/sites", null), new MockHttpServletResponse(), page(calls, false));
            assertThat(calls).hasValue(1);
            release.countDown();
            running.get(5, TimeUnit.SECONDS);
            var after = new MockHttpServletResponse();
            shield.doFilter(get("/public/dashboard", "x=1"), after, page(new AtomicInteger(), true));
            assertThat(after.getStatus()).isEqualTo(200);
        } finally {
            executor.shutdownNow();
        }
    }
}
