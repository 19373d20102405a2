package org.orepass.web.security;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/**
 * The session store with less writing (issue 15, speed of the per-request path and denial of service).
 *
 * <ul>
 *   <li>The last-access time is written at most once a minute: Spring Session marks the session changed on every
 *       request only to move that time, which made every signed-in page an {@code UPDATE} of its session row. A
 *       session seen less than {@link #ACCESS_RESOLUTION} ago keeps its stored time; it expires at most that much
 *       earlier than it would have.</li>
 *   <li>A new session (one that has not signed in: the sign-in page's or a public form's CSRF token) lives only
 *       {@code orepass.sessions.anonymous-timeout}; signing in gives it the full timeout
 *       ({@link SignedInSession}).</li>
 *   <li>A session is read once per request: Spring Session's filter looks the requested session up again when it
 *       commits (to compare its id), a second {@code SELECT} and deserialisation of the security context on every
 *       signed-in request. The session found is remembered for the request's thread until {@link RequestEnd}, the
 *       filter around Spring Session's, forgets it; a deleted session is forgotten at once.</li>
 * </ul>
 */
final class QuietSessions implements SessionRepository<QuietSessions.QuietSession> {

    static final Duration ACCESS_RESOLUTION = Duration.ofMinutes(1);

    /** The session this thread's request found (see the class comment); never outlives the request. */
    private static final ThreadLocal<QuietSession> FOUND = new ThreadLocal<>();

    private final SessionRepository<Session> store;
    private final Duration anonymousTimeout;

    @SuppressWarnings({"unchecked", "rawtypes"})
    @org.springframework.beans.factory.annotation.Autowired
    QuietSessions(JdbcIndexedSessionRepository store,
            @Value("${orepass.sessions.anonymous-timeout:10m}") Duration anonymousTimeout) {
        this((SessionRepository) store, anonymousTimeout);
    }

    /** Over any store (a test counts the reads). */
    QuietSessions(SessionRepository<Session> store, Duration anonymousTimeout) {
        this.store = store;
        this.anonymousTimeout = anonymousTimeout;
    }

    @Override
    public QuietSession createSession() {
        var session = store.createSession();
        session.setMaxInactiveInterval(anonymousTimeout);
        return new QuietSession(session);
    }

    @Override
    public void save(QuietSession session) {
        store.save(session.stored);
    }

    @Override
    public QuietSession findById(String id) {
        var found = FOUND.get();
        if (found != null && found.getId().equals(id)) {
            return found;
        }
        var session = store.findById(id);
        if (session == null) {
            return null;
        }
        var quiet = new QuietSession(session);
        FOUND.set(quiet);
        return quiet;
    }

    @Override
    public void deleteById(String id) {
        FOUND.remove();
        store.deleteById(id);
    }

    /**
     * Forgets the session remembered for the request, after Spring Session's filter (which it wraps) committed
     * it: registered just before Spring Session's filter, so nothing of one request's session reaches the next on
     * the same thread.
     */
    static final class RequestEnd extends org.springframework.web.filter.OncePerRequestFilter {

        @Override
        protected void doFilterInternal(jakarta.servlet.http.HttpServletRequest request,
                jakarta.servlet.http.HttpServletResponse response, jakarta.servlet.FilterChain chain)
                throws jakarta.servlet.ServletException, java.io.IOException {
            try {
                chain.doFilter(request, response);
            } finally {
                FOUND.remove();
            }
        }

        @Override
        protected boolean shouldNotFilterAsyncDispatch() {
            return false;
        }

        @Override
        protected boolean shouldNotFilterErrorDispatch() {
            return false;
        }
    }

    /** A stored session whose last-access time moves only when it is at least a minute old. */
    static final class QuietSession implements Session {

        private final Session stored;

        QuietSession(Session stored) {
            this.stored = stored;
        }

        @Override
        public void setLastAccessedTime(Instant lastAccessedTime) {
            if (!lastAccessedTime.isBefore(stored.getLastAccessedTime().plus(ACCESS_RESOLUTION))) {
                stored.setLastAccessedTime(lastAccessedTime);
            }
        }

        @Override
        public String getId() {
            return stored.getId();
        }

        @Override
        public String changeSessionId() {
            return stored.changeSessionId();
        }

        @Override
        public <T> T getAttribute(String attributeName) {
            return stored.getAttribute(attributeName);
        }

        @Override
        public Set<String> getAttributeNames() {
            return stored.getAttributeNames();
        }

        @Override
        public void setAttribute(String attributeName, Object attributeValue) {
            stored.setAttribute(attributeName, attributeValue);
        }

        @Override
        public void removeAttribute(String attributeName) {
            stored.removeAttribute(attributeName);
        }

        @Override
        public Instant getCreationTime() {
            return stored.getCreationTime();
        }

        @Override
        public Instant getLastAccessedTime() {
            return stored.getLastAccessedTime();
        }

        @Override
        public void setMaxInactiveInterval(Duration interval) {
            stored.setMaxInactiveInterval(interval);
        }

        @Override
        public Duration getMaxInactiveInterval() {
            return stored.getMaxInactiveInterval();
        }

        @Override
        public boolean isExpired() {
            return stored.isExpired();
        }
    }
}
