package org.orepass.web.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.orepass.accesstoken.TokenIssuing;
import org.orepass.account.Role;
import org.orepass.web.testing.AccountFixtures;
import org.orepass.web.testing.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * JSON errors outside the ICGLR API are RFC 9457 problems (application/problem+json with type, title, status,
 * detail and instance) whichever layer refuses: security, a controller, Spring MVC, the error dispatch, the upload
 * limit. The ICGLR endpoints keep their standard's Error document.
 */
@PlatformTest
class ProblemDetailIntegrationTest {

    private static final String PROBLEM = "application/problem+json";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired MockMvc mvc;
    @Autowired AccountFixtures fixtures;
    @Autowired TokenIssuing tokens;
    @LocalServerPort int port;

    private String token(Role role) {
        return "Bearer " + tokens.issue(fixtures.user(role).getUsername(), "problems").value();
    }

    private MockHttpServletResponse perform(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse();
    }

    /** The response is a problem with this status, its standard title, a detail, and the request's path. */
    private static JsonNode assertProblem(int status, String contentType, String body, String path) {
        assertThat(contentType).startsWith(PROBLEM);
        var problem = JSON.readTree(body);
        assertThat(problem.path("type").asString()).isEqualTo("about:blank");
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        assertThat(problem.path("title").asString())
                .isEqualTo(org.springframework.http.HttpStatus.valueOf(status).getReasonPhrase());
        assertThat(problem.path("detail").asString()).isNotBlank().doesNotContain("Exception");
        assertThat(problem.path("instance").asString()).isEqualTo(path);
        return problem;
    }

    private static JsonNode assertProblem(int status, MockHttpServletResponse response, String path)
            throws Exception {
        assertThat(response.getStatus()).isEqualTo(status);
        return assertProblem(status, response.getContentType(), response.getContentAsString(), path);
    }

    @Test
    void theApisSecurityAnswersProblems() throws Exception {
        var anonymous = assertProblem(401, perform(get("/api/v1/me")), "/api/v1/me");
        assertThat(anonymous.path("detail").asString()).contains("Authorization: Bearer");
        assertProblem(401, perform(get("/api/v1/me").header("Authorization", "Bearer not-a-token")), "/api/v1/me");
        assertProblem(403, perform(get("/api/v1/admin/organisations")
                .header("Authorization", token(Role.CSO_MONITOR))), "/api/v1/admin/organisations");
    }

    @Test
    void badRequestsAreProblems() throws Exception {
        var badPage = assertProblem(400, perform(get("/api/v1/admin/organisations").param("page", "abc")
                .header("Authorization", token(Role.ADMIN))), "/api/v1/admin/organisations");
        assertThat(badPage.path("detail").asString()).contains("page");
    }

    @Test
    void aJsonEndpointOutsideTheApiAnswersProblemsToo() throws Exception {
        var inspector = fixtures.signedIn(Role.INSPECTOR);
        assertProblem(404, perform(get("/lots/999999999/genealogy").with(user(inspector))),
                "/lots/999999999/genealogy");
        assertProblem(404, perform(get("/lots/not-a-number/genealogy").with(user(inspector))),
                "/lots/not-a-number/genealogy");
    }

    @Test
    void errorsNoControllerAnswersAreProblemsOverRealHttp() throws Exception {
        // The error dispatch and the multipart limit are the servlet container's: MockMvc performs neither.
        var client = HttpClient.newHttpClient();
        var admin = token(Role.ADMIN);
        var missing = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/nothing"))
                .header("Authorization", admin).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(missing.statusCode()).isEqualTo(404);
        assertProblem(404, missing.headers().firstValue("Content-Type").orElse(""), missing.body(),
                "/api/v1/nothing");
        var wrongMethod = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/me"))
                .header("Authorization", admin).header("Accept", "text/html").DELETE().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(wrongMethod.statusCode()).isEqualTo(405);
        assertProblem(405, wrongMethod.headers().firstValue("Content-Type").orElse(""), wrongMethod.body(),
                "/api/v1/me");

        var boundary = "orepass-boundary";
        var head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.bin\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n").getBytes();
        var tail = ("\r\n--" + boundary + "--\r\n").getBytes();
        var body = new byte[head.length + 14 * 1024 * 1024 + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(tail, 0, body, body.length - tail.length, tail.length);
        var tooLarge = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/me"))
                .header("Authorization", admin).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(tooLarge.statusCode()).isEqualTo(413);
        assertProblem(413, tooLarge.headers().firstValue("Content-Type").orElse(""), tooLarge.body(), "/api/v1/me");
    }

    @Test
    void theIcglrApiKeepsItsStandardsErrorDocument() throws Exception {
        var refused = perform(get("/api/icglr/v1/mine-sites"));
        assertThat(refused.getStatus()).isEqualTo(401);
        assertThat(refused.getContentType()).startsWith("application/json");
        var error = JSON.readTree(refused.getContentAsString());
        assertThat(error.path("code").asString()).isEqualTo("UNAUTHORIZED");
        assertThat(error.path("message").asString()).isNotBlank();
        assertThat(error.path("timestamp").asString()).isNotBlank();
        assertThat(error.has("type")).isFalse();

        var missing = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/api/icglr/v1/nothing"))
                .header("Authorization", token(Role.CSO_MONITOR)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        assertThat(JSON.readTree(missing.body()).path("code").asString()).isEqualTo("NOT_FOUND");
    }
}
