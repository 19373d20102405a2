package org.orepass.web.incident;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.orepass.web.support.PlainPage;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Keeps the heavy public pages ({@code /public/**}: the dashboard, the list and the export, which compute over
 * every verified incident) from slowing everyone else (issue 15, denial of service).
 *
 * <ul>
 *   <li><b>Their own concurrency limit</b>: at most {@code orepass.public.concurrency} (1) public requests are
 *       served at a time on a node, whatever their number; the others wait up to
 *       {@code orepass.public.wait} (10 s), then get a 503 "try again in a moment". So a flood of anonymous
 *       connections holds one core at most, and signed-in pages keep the rest.</li>
 *   <li><b>A pace of their own</b>: public responses start at least {@code orepass.public.spacing} (2 ms) apart
 *       on a node (at most 500 a second), cached ones included. Served from the cache, a flood of 64 connections
 *       took some 3,000 dashboards a second: with its client and the copying of the bytes, a whole core, and a
 *       signed-in page's p95 went from 2.7 to 7.7 ms (eighth session, docs/performance.md). A visitor on a quiet
 *       node never waits for it.</li>
 *   <li><b>A cache per filter</b>: an anonymous visitor's dashboard is kept for {@code orepass.public.cache}
 *       (1 minute; fresh enough for public figures), per address (path and filters) and language, at most 32 MB.
 *       A signed-in visitor (whose page shows their menu), a language change and the public list are never served
 *       from it: the list shows descriptions, and a description withheld by a verifier must disappear at once.</li>
 * </ul>
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class PublicPageShield extends OncePerRequestFilter {

    static final String SESSION_COOKIE = "ORE_PASS_SESSION";
    /** Set by the controller when the page it renders is nobody's (no one signed in): only those are kept. */
    static final String ANONYMOUS_VIEW = PublicPageShield.class.getName() + ".anonymous";
    private static final String CACHED_PATH = "/public/dashboard";

    private final Semaphore permits;
    private final Duration wait;
    private final long spacingNanos;
    /** When (System.nanoTime) the next public response may start at the earliest. */
    private final java.util.concurrent.atomic.AtomicLong nextStart = new java.util.concurrent.atomic.AtomicLong(
            System.nanoTime());
    private final Cache<String, CachedPage> pages;
    private final LocaleResolver languages;
    private final MessageSource messages;

    PublicPageShield(@Value("${orepass.public.concurrency:1}") int concurrency,
            @Value("${orepass.public.wait:10s}") Duration wait, @Value("${orepass.public.cache:1m}") Duration fresh,
            @Value("${orepass.public.spacing:2ms}") Duration spacing, LocaleResolver languages,
            MessageSource messages) {
        this.permits = new Semaphore(Math.max(1, concurrency), true);
        this.wait = wait;
        this.spacingNanos = Math.max(0, spacing.toNanos());
        this.pages = Caffeine.newBuilder().expireAfterWrite(fresh).maximumWeight(32L << 20)
                .weigher((String key, CachedPage page) -> key.length() + page.body().length).build();
        this.languages = languages;
        this.messages = messages;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !path(request).startsWith("/public/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var key = cacheKey(request);
        boolean acquired;
        try {
            acquired = permits.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            acquired = false;
        }
        if (!acquired) {
            busy(request, response);
            return;
        }
        try {
            keepPace();
            var cached = key == null ? null : pages.getIfPresent(key);
            if (cached != null) {
                response.setContentType(cached.contentType());
                response.setContentLength(cached.body().length);
                response.getOutputStream().write(cached.body());
                return;
            }
            if (key == null) {
                chain.doFilter(request, response);
                return;
            }
            var recorded = new ContentCachingResponseWrapper(response);
            chain.doFilter(request, recorded);
            if (Boolean.TRUE.equals(request.getAttribute(ANONYMOUS_VIEW))
                    && recorded.getStatus() == HttpStatus.OK.value() && recorded.getHeader("Set-Cookie") == null
                    && recorded.getContentType() != null) {
                pages.put(key, new CachedPage(recorded.getContentType(), recorded.getContentAsByteArray()));
            }
            recorded.copyBodyToResponse();
        } finally {
            permits.release();
        }
    }

    /** Waits for this response's start, at least the spacing after the one before (see the class comment). */
    private void keepPace() {
        if (spacingNanos == 0) {
            return;
        }
        var now = System.nanoTime();
        var start = nextStart.getAndUpdate(next -> Math.max(next, now) + spacingNanos);
        var early = start - now;
        if (early > 0) {
            java.util.concurrent.locks.LockSupport.parkNanos(early);
        }
    }

    /** The cache key of an anonymous dashboard view, or null when this request must be answered afresh. */
    private String cacheKey(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod()) || !CACHED_PATH.equals(path(request))
                || request.getParameter("lang") != null || hasSessionCookie(request)) {
            return null;
        }
        // The filters as the controller reads them (parameters, in name order), not the raw query string.
        var filters = new java.util.TreeMap<String, String[]>(request.getParameterMap());
        var key = new StringBuilder(languages.resolveLocale(request).getLanguage()).append(' ').append(CACHED_PATH);
        filters.forEach((name, values) -> key.append('&').append(name).append('=')
                .append(String.join(",", values)));
        return key.toString();
    }

    private static boolean hasSessionCookie(HttpServletRequest request) {
        if (request.getCookies() == null) {
            return false;
        }
        for (var cookie : request.getCookies()) {
            if (SESSION_COOKIE.equals(cookie.getName())) {
                return true;
            }
        }
        return false;
    }

    private void busy(HttpServletRequest request, HttpServletResponse response) throws IOException {
        var locale = languages.resolveLocale(request);
        PlainPage.write(request, response, HttpStatus.SERVICE_UNAVAILABLE.value(), 5, locale,
                messages.getMessage("error.503.title", null, locale),
                messages.getMessage("incident.public.busy", null, locale));
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    private record CachedPage(String contentType, byte[] body) {
    }
}
