package org.orepass.web.operations;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.orepass.web.testing.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** What load balancers and monitoring read: health with the database, probes, Prometheus metrics. */
@PlatformTest
class OperationsIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    org.orepass.accesstoken.TokenIssuing tokens;

    @Autowired
    org.orepass.web.testing.AccountFixtures fixtures;

    /** Components and metrics are an administrator's (issue 15); see RequestCostIntegrationTest for the refusals. */
    private String admin() {
        return "Bearer " + tokens.issue(fixtures.user(org.orepass.account.Role.ADMIN).getUsername(), "monitoring")
                .value();
    }

    @Test
    void healthIncludesTheDatabase() throws Exception {
        mvc.perform(get("/actuator/health").header("Authorization", admin())).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"))
                .andExpect(jsonPath("$.components.db.status").value("UP"));
        mvc.perform(get("/actuator/health/readiness")).andExpect(status().isOk());
        mvc.perform(get("/actuator/health/liveness")).andExpect(status().isOk());
    }

    @Test
    void prometheusMetricsAreExposed() throws Exception {
        mvc.perform(get("/login"));
        mvc.perform(get("/actuator/prometheus").header("Authorization", admin())).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("hikaricp_connections")))
                .andExpect(content().string(Matchers.containsString("jvm_memory_used_bytes")));
    }
}
