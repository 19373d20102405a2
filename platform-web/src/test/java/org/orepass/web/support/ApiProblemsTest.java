package org.orepass.web.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.orepass.shared.DomainRuleViolation;
import org.orepass.shared.StaleEditException;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.mock.http.MockHttpInputMessage;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.method.HandlerMethod;

/** The problems of failures no JSON endpoint reaches easily today: stale edits, refused rules, the unexpected. */
class ApiProblemsTest {

    private final StaticMessageSource messages = new StaticMessageSource();
    private final ApiProblems problems = new ApiProblems(messages);
    private final MockHttpServletRequest request = new MockHttpServletRequest("PUT", "/api/v1/things/7");

    private static HandlerMethod handler(Object controller) throws NoSuchMethodException {
        return new HandlerMethod(controller, controller.getClass().getMethod("toString"));
    }

    @Test
    void aStaleEditIsAConflict() throws Exception {
        var answer = problems.problem(new StaleEditException("Lot", 7), handler(new Object()), request,
                Locale.ENGLISH);
        assertThat(answer.getStatusCode().value()).isEqualTo(409);
        assertThat(answer.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(answer.getBody().getTitle()).isEqualTo("Conflict");
        assertThat(answer.getBody().getInstance()).hasToString("/api/v1/things/7");
    }

    @Test
    void aRefusedRuleIsABadRequestInTheReadersLanguageNamingTheField() throws Exception {
        messages.addMessage("lot.mass.negative", Locale.FRENCH, "La masse {0} est négative");
        var answer = problems.problem(new DomainRuleViolation("mass", "lot.mass.negative", "-3 kg"),
                handler(new Object()), request, Locale.FRENCH);
        assertThat(answer.getStatusCode().value()).isEqualTo(400);
        assertThat(answer.getBody().getDetail()).isEqualTo("La masse -3 kg est négative");
        assertThat(answer.getBody().getProperties()).containsEntry("field", "mass");
    }

    @Test
    void aBodyThatIsNoJsonOfTheRightFormIsABadRequestThatDoesNotEchoIt() throws Exception {
        var unreadable = new HttpMessageNotReadableException("JSON parse error: Unexpected character ('<' (code 60))"
                + " in <script>alert(1)</script>", new MockHttpInputMessage(new byte[0]));
        var answer = problems.problem(unreadable, handler(new Object()), request, Locale.ENGLISH);
        assertThat(answer.getStatusCode().value()).isEqualTo(400);
        assertThat(answer.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(answer.getBody().getDetail()).contains("not JSON").doesNotContain("script").doesNotContain("parse");
    }

    @Test
    void anythingUnexpectedIsA500ThatTellsNothingOfTheCause() throws Exception {
        var answer = problems.problem(new IllegalStateException("password=secret in SQL"), handler(new Object()),
                request, Locale.ENGLISH);
        assertThat(answer.getStatusCode().value()).isEqualTo(500);
        assertThat(answer.getBody().getDetail()).doesNotContain("secret");
    }

    @Test
    void securityAndIcglrFailuresArePassedOnToThoseWhoAnswerThem() throws Exception {
        var denied = new AccessDeniedException("no");
        assertThatThrownBy(() -> problems.problem(denied, handler(new Object()), request, Locale.ENGLISH))
                .isSameAs(denied);
        var icglrFailure = new IllegalStateException("icglr");
        var icglrController = new org.orepass.web.icglr.IcglrControllerStandIn();
        assertThatThrownBy(() -> problems.problem(icglrFailure, handler(icglrController), request, Locale.ENGLISH))
                .isSameAs(icglrFailure);
    }
}
