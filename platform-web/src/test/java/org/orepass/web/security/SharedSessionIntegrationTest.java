package org.orepass.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.orepass.OrePassApplication;
import org.orepass.account.Role;
import org.orepass.persistence.testing.TestDatabase;
import org.orepass.web.testing.AccountFixtures;
import org.orepass.web.testing.PlatformTest;
import org.orepass.web.testing.WebClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/** Stateless app nodes: a user signed in on one instance is signed in on another sharing the database. */
@PlatformTest
class SharedSessionIntegrationTest {

    private static ConfigurableApplicationContext secondInstance;

    @LocalServerPort
    int port;

    @Autowired
    AccountFixtures fixtures;

    @AfterAll
    static void stopSecondInstance() {
        if (secondInstance != null) {
            secondInstance.close();
        }
    }

    @Test
    void aSessionStartedOnOneInstanceIsHonouredByAnother() throws Exception {
        var db = TestDatabase.connection();
        secondInstance = new SpringApplicationBuilder(OrePassApplication.class)
                .properties(Map.of("spring.datasource.url", db.url(),
                        "spring.datasource.username", db.username(), "spring.datasource.password", db.password(),
                        "orepass.embedded-database.enabled", "false", "orepass.demo.enabled", "false",
                        "spring.jmx.enabled", "false", "management.server.port", ""))
                // On the command line, which outranks application.yml's server.port (8080 unless PORT is set): as
                // default properties, port 0 lost to it and this test failed whenever something listened on 8080.
                .run("--server.port=0");
        int secondPort = ((WebServerApplicationContext) secondInstance).getWebServer().getPort();
        assertThat(secondPort).isNotEqualTo(port);

        var account = fixtures.user(Role.AUDITOR);
        var first = new WebClient(port);
        assertThat(first.signIn(account.getUsername(), AccountFixtures.PASSWORD).statusCode()).isEqualTo(302);

        var onSecond = first.sameCookiesOn(secondPort).get("/");
        assertThat(onSecond.statusCode()).isEqualTo(200);
        assertThat(onSecond.body()).contains(account.getFullName());

        var stranger = new WebClient(secondPort).get("/");
        assertThat(stranger.statusCode()).isEqualTo(302);
    }
}
