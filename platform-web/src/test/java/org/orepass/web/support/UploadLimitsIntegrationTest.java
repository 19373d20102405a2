package org.orepass.web.support;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.orepass.web.testing.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** An API body over the limit is refused at the door with a 413 problem (issue 15). */
@PlatformTest
class UploadLimitsIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Test
    void anApiBodyOverTheLimitIsAProblemWith413() throws Exception {
        mvc.perform(post("/api/v1/me").contentType(MediaType.APPLICATION_JSON)
                .content(new byte[(int) UploadLimits.API_BODY_LIMIT + 1]))
                .andExpect(status().isContentTooLarge())
                .andExpect(header().string("Content-Type", Matchers.startsWith("application/problem+json")))
                .andExpect(jsonPath("$.status").value(413));
    }
}
