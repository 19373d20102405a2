package org.orepass.web.security;

import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.AbstractBeanDefinition;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.BeanDefinitionRegistryPostProcessor;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;

/**
 * Sessions live in PostgreSQL (stateless app nodes). Two requests of one session that add the same attribute at
 * once (a CSRF token, typically) would collide on the attribute's primary key; PostgreSQL's upsert makes the
 * second one win instead of failing. The session filter uses {@link QuietSessions} in front of the JDBC store:
 * the last-access time is written at most once a minute, and sessions that never signed in expire in minutes.
 */
@Configuration
class SessionConfiguration {

    /** Around Spring Session's filter: forgets the session {@link QuietSessions} remembered for the request. */
    @Bean
    org.springframework.boot.web.servlet.FilterRegistrationBean<QuietSessions.RequestEnd> quietSessionsRequestEnd() {
        var registration = new org.springframework.boot.web.servlet.FilterRegistrationBean<>(
                new QuietSessions.RequestEnd());
        registration.setOrder(org.springframework.session.web.http.SessionRepositoryFilter.DEFAULT_ORDER - 1);
        registration.setDispatcherTypes(java.util.EnumSet.allOf(jakarta.servlet.DispatcherType.class));
        return registration;
    }

    @Bean
    PostgreSqlJdbcIndexedSessionRepositoryCustomizer postgresSessionUpserts() {
        return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
    }

    /**
     * {@link QuietSessions} as the primary session repository, registered after the configuration classes were
     * read: declared as an ordinary bean, it would make Spring Boot's JDBC session configuration step back (it
     * only applies when no session repository is defined), and the JDBC store it wraps would not exist.
     */
    @Bean
    static BeanDefinitionRegistryPostProcessor quietSessionsRegistration() {
        return new BeanDefinitionRegistryPostProcessor() {
            @Override
            public void postProcessBeanDefinitionRegistry(BeanDefinitionRegistry registry) {
                var definition = new RootBeanDefinition(QuietSessions.class);
                definition.setAutowireMode(AbstractBeanDefinition.AUTOWIRE_CONSTRUCTOR);
                definition.setPrimary(true);
                registry.registerBeanDefinition("quietSessions", definition);
            }

            @Override
            public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
            }
        };
    }
}
