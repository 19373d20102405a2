package org.orepass.web.security;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.session.SessionRepository;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;

/**
 * Sessions live in PostgreSQL (stateless app nodes). Two requests of one session that add the same attribute at
 * once (a CSRF token, typically) would collide on the attribute's primary key; PostgreSQL's upsert makes the
 * second one win instead of failing. The session filter uses {@link QuietSessions} in front of the JDBC store:
 * the last-access time is written at most once a minute, and sessions that never signed in expire in minutes.
 */
@Configuration
class SessionConfiguration {

    @Bean
    PostgreSqlJdbcIndexedSessionRepositoryCustomizer postgresSessionUpserts() {
        return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
    }

    @Bean
    @Primary
    SessionRepository<QuietSessions.QuietSession> quietSessions(JdbcIndexedSessionRepository store,
            @Value("${orepass.sessions.anonymous-timeout:10m}") Duration anonymousTimeout) {
        return new QuietSessions(store, anonymousTimeout);
    }
}
