package org.orepass.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Method;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.orepass.account.Actor;
import org.orepass.account.Role;
import org.springframework.core.MethodParameter;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

/** Controllers get the signed-in user from their signature: who is resolved, and what happens without anyone. */
class SignedInArgumentsTest {

    private final SignedInArguments arguments = new SignedInArguments();

    @SuppressWarnings("unused")
    void handler(Actor actor, SignedInUser user, String other) {
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void anActorParameterIsTheSignedInUsersActorAndASignedInUserParameterIsTheUser() throws Exception {
        var inspector = new SignedInUser(7L, "inspector.ug", "Grace Inspector", "hash", 3L, "Ministry",
                Set.of(Role.INSPECTOR), "UG", Set.of("UG-W"), true, false, false, "en");
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(inspector, null, inspector.getAuthorities()));

        assertThat(arguments.supportsParameter(parameter(0))).isTrue();
        assertThat(arguments.supportsParameter(parameter(1))).isTrue();
        assertThat(arguments.supportsParameter(parameter(2))).isFalse();

        var actor = (Actor) arguments.resolveArgument(parameter(0), null, null, null);
        assertThat(actor.username()).isEqualTo("inspector.ug");
        assertThat(actor.organisationId()).isEqualTo(3L);
        assertThat(actor.inspectsIn("UG", "UG-W")).isTrue();
        assertThat(arguments.resolveArgument(parameter(1), null, null, null)).isSameAs(inspector);
    }

    @Test
    void withoutASignedInUserTheRequestIsRefusedAsUnauthenticated() throws Exception {
        SecurityContextHolder.getContext().setAuthentication(new AnonymousAuthenticationToken("key", "anonymous",
                AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
        assertThatThrownBy(() -> arguments.resolveArgument(parameter(0), null, null, null))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        SecurityContextHolder.clearContext();
        assertThatThrownBy(() -> arguments.resolveArgument(parameter(1), null, null, null))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    private MethodParameter parameter(int index) throws NoSuchMethodException {
        Method handler = getClass().getDeclaredMethod("handler", Actor.class, SignedInUser.class, String.class);
        return new MethodParameter(handler, index);
    }
}
