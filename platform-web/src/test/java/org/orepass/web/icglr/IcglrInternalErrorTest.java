package org.orepass.web.icglr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 17: the ICGLR API's 500 is the standard's Error document (code, message, timestamp; no details, no stack
 * trace), never a Spring or Tomcat page, whether the failure reaches the API's exception handler
 * ({@link IcglrErrors}) or escapes past it to the filter in front of the API ({@link IcglrErrorFilter}). The shared
 * application context has nothing that fails on purpose, so the API's own handler and filter are exercised here
 * around a controller that does.
 */
class IcglrInternalErrorTest {

    private final JsonMapper json = JsonMapper.builder().build();

    /** A controller of the ICGLR package (so the API's handler applies) that fails in a way nobody foresaw. */
    @RestController
    static class FailingController {

        @GetMapping("/api/icglr/v1/mine-sites")
        String list() {
            throw new IllegalStateException("the database went away");
        }
    }

    private void assertInternalErrorDocument(MockHttpServletResponse response) throws Exception {
        assertThat(response.getStatus()).isEqualTo(500);
        assertThat(response.getContentType()).startsWith("application/json");
        var body = response.getContentAsString();
        assertThat(body).doesNotContain("database went away").doesNotContain("IllegalStateException");
        JsonNode error = json.readTree(body);
        assertThat(error.path("code").asString()).isEqualTo("INTERNAL_ERROR");
        assertThat(error.path("message").asString()).isNotBlank();
        assertThat(error.path("timestamp").asString()).isNotBlank();
        assertThat(error.has("details")).isFalse();
    }

    @Test
    void anExceptionInAControllerIsAnsweredWithTheErrorDocument() throws Exception {
        // The handler alone (no filter behind it to catch what it lets through).
        var mvc = MockMvcBuilders.standaloneSetup(new FailingController()).setControllerAdvice(new IcglrErrors())
                .build();
        assertInternalErrorDocument(mvc.perform(get("/api/icglr/v1/mine-sites")).andReturn().getResponse());
    }

    @Test
    void anExceptionThatEscapesEveryHandlerIsAnsweredWithTheErrorDocumentByTheFilter() throws Exception {
        var request = new MockHttpServletRequest("GET", "/api/icglr/v1/lots");
        var response = new MockHttpServletResponse();
        new IcglrErrorFilter(2_097_152).doFilter(request, response, (req, res) -> {
            throw new IllegalStateException("the database went away");
        });
        assertInternalErrorDocument(response);
    }
}
