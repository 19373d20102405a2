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
 * </ul>
 */
final class QuietSessions implements SessionRepository<QuietSessions.QuietSession> {

    static final Duration ACCESS_RESOLUTION = Duration.ofMinutes(1);

    private final SessionRepository<Session> store;
    private final Duration anonymousTimeout;

    @SuppressWarnings({"unchecked", "rawtypes"})
    QuietSessions(JdbcIndexedSessionRepository store,
            @Value("${orepass.sessions.anonymous-timeout:10m}") Duration anonymousTimeout) {
        this.store = (SessionRepository) store;
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
        var session = store.findById(id);
        return session == null ? null : new QuietSession(session);
    }

    @Override
    public void deleteById(String id) {
        store.deleteById(id);
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
