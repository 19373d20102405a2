package org.orepass.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.Cookie;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.orepass.web.testing.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.web.http.CookieHttpSessionIdResolver;
import org.springframework.session.web.http.DefaultCookieSerializer;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue 15 (speed of the per-request path): a signed-in request reads its session from PostgreSQL once, not twice
 * (Spring Session's filter looks it up again when it commits), and what one request remembered never reaches the
 * next: a change made meanwhile by another node is seen. Spring Session's own filter, {@link QuietSessions} and its
 * {@link QuietSessions.RequestEnd} around them, on the real session tables.
 */
@PlatformTest
class QuietSessionsReadOnceIntegrationTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void aRequestReadsItsSessionOnceAndTheNextRequestReadsItAgain() throws Exception {
        var reads = new AtomicInteger();
        @SuppressWarnings({"unchecked", "rawtypes"})
        SessionRepository<Session> store = (SessionRepository) new JdbcIndexedSessionRepository(jdbc, transactions);
        SessionRepository<Session> counting = new SessionRepository<>() {
            @Override
            public Session createSession() {
                return store.createSession();
            }

            @Override
            public void save(Session session) {
                store.save(session);
            }

            @Override
            public Session findById(String id) {
                reads.incrementAndGet();
                return store.findById(id);
            }

            @Override
            public void deleteById(String id) {
                store.deleteById(id);
            }
        };
        var sessions = new QuietSessions(counting, Duration.ofMinutes(10));
        Session stored = store.createSession();
        stored.setAttribute("colour", "green");
        store.save(stored);

        var filter = new SessionRepositoryFilter<>(sessions);
        var cookies = new CookieHttpSessionIdResolver();
        var serializer = new DefaultCookieSerializer();
        serializer.setCookieName("ORE_PASS_SESSION");
        cookies.setCookieSerializer(serializer);
        filter.setHttpSessionIdResolver(cookies);
        var requestEnd = new QuietSessions.RequestEnd();

        assertThat(request(requestEnd, filter, stored.getId())).isEqualTo("green");
        assertThat(reads).as("one read for the request, its commit included").hasValue(1);

        // Another node changes the session between two requests served by this thread.
        Session elsewhere = store.findById(stored.getId());
        elsewhere.setAttribute("colour", "red");
        store.save(elsewhere);
        reads.set(0);

        assertThat(request(requestEnd, filter, stored.getId())).as("nothing kept from the last request")
                .isEqualTo("red");
        assertThat(reads).hasValue(1);
    }

    private static String request(QuietSessions.RequestEnd requestEnd, SessionRepositoryFilter<?> filter, String id)
            throws Exception {
        var request = new MockHttpServletRequest("GET", "/");
        request.setCookies(new Cookie("ORE_PASS_SESSION",
                Base64.getEncoder().encodeToString(id.getBytes(java.nio.charset.StandardCharsets.UTF_8))));
        var seen = new String[1];
        var chain = new MockFilterChain(new jakarta.servlet.http.HttpServlet() {
            @Override
            protected void service(jakarta.servlet.http.HttpServletRequest req,
                    jakarta.servlet.http.HttpServletResponse res) {
                seen[0] = (String) req.getSession(false).getAttribute("colour");
            }
        }, filter);
        requestEnd.doFilter(request, new MockHttpServletResponse(), chain);
        return seen[0];
    }
}
