package org.orepass.web.security;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.orepass.account.Role;
import org.orepass.web.testing.AccountFixtures;
import org.orepass.web.testing.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Who may open which page: anonymous goes to sign-in, every role gets 200 or 403 as the matrix says. */
@PlatformTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SecurityMatrixIntegrationTest {

    /** Each route and the roles that may open it; every other role must get 403. */
    private static final Map<String, Set<Role>> ROUTES = Map.ofEntries(
            Map.entry("/", Set.of(Role.values())),
            Map.entry("/profile", Set.of(Role.values())),
            Map.entry("/profile/password", Set.of(Role.values())),
            Map.entry("/admin/organisations", Set.of(Role.ADMIN)),
            Map.entry("/admin/organisations/new", Set.of(Role.ADMIN)),
            Map.entry("/admin/users", Set.of(Role.ADMIN)),
            Map.entry("/admin/users/new", Set.of(Role.ADMIN)),
            Map.entry("/audit", Set.of(Role.ADMIN, Role.INSPECTOR, Role.AUDITOR)),
            Map.entry("/sites", Set.of(Role.values())),
            Map.entry("/sites/new", Set.of(Role.ADMIN, Role.INSPECTOR)),
            Map.entry("/sites/map", Set.of(Role.values())),
            Map.entry("/sites/import", Set.of(Role.ADMIN, Role.INSPECTOR)),
            Map.entry("/lots", Set.of(Role.values())),
            Map.entry("/custody/anomalies", Set.of(Role.ADMIN, Role.INSPECTOR, Role.AUDITOR)),
            Map.entry("/alerts", Set.of(Role.values())),
            Map.entry("/admin/outbox", Set.of(Role.ADMIN)),
            Map.entry("/offline", Set.of(Role.INSPECTOR, Role.CSO_MONITOR, Role.OPERATOR)));

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountFixtures fixtures;

    private final Map<Role, SignedInUser> users = new EnumMap<>(Role.class);

    @BeforeAll
    void createOneUserPerRole() {
        for (Role role : Role.values()) {
            users.put(role, fixtures.signedIn(role));
        }
    }

    Stream<Arguments> routesAndRoles() {
        return ROUTES.entrySet().stream().flatMap(route -> Stream.of(Role.values())
                .map(role -> Arguments.of(route.getKey(), role, route.getValue().contains(role))));
    }

    @ParameterizedTest(name = "{0} as {1}: allowed={2}")
    @MethodSource("routesAndRoles")
    void eachRoleGetsThePageOr403(String route, Role role, boolean allowed) throws Exception {
        mvc.perform(get(route).with(user(users.get(role))))
                .andExpect(allowed ? status().isOk() : status().isForbidden());
    }

    @Test
    void anonymousVisitorsAreSentToSignIn() throws Exception {
        for (String route : ROUTES.keySet()) {
            // The start page first shows a visitor what they can do without an account (issue 16).
            mvc.perform(get(route)).andExpect(status().is3xxRedirection())
                    .andExpect(redirectedUrl(route.equals("/") ? "/welcome" : "/login"));
        }
    }

    @Test
    void publicPagesNeedNoSignIn() throws Exception {
        for (String route : List.of("/login", "/welcome", "/css/orepass.css", "/actuator/health")) {
            mvc.perform(get(route)).andExpect(status().isOk());
        }
    }
}
