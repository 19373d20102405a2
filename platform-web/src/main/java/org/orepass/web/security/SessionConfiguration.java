package org.orepass.web.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;

/**
 * Sessions live in PostgreSQL (stateless app nodes). Two requests of one session that add the same attribute at
 * once (a CSRF token, typically) would collide on the attribute's primary key; PostgreSQL's upsert makes the
 * second one win instead of failing.
 */
@Configuration
class SessionConfiguration {

    @Bean
    PostgreSqlJdbcIndexedSessionRepositoryCustomizer postgresSessionUpserts() {
        return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
    }
}
