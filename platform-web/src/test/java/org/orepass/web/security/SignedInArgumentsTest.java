package org.orepass.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Method;
import java.util.Optional;
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
    void handler(Actor actor, SignedInUser user, String other, Optional<SignedInUser> maybeUser,
            Optional<Actor> maybeActor, Optional<String> otherOptional) {
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
        assertThat(arguments.supportsParameter(parameter(3))).isTrue();
        assertThat(arguments.supportsParameter(parameter(4))).isTrue();
        assertThat(arguments.supportsParameter(parameter(5))).isFalse();
        assertThat(arguments.resolveArgument(parameter(3), null, null, null)).isEqualTo(Optional.of(inspector));
        assertThat((Optional<?>) arguments.resolveArgument(parameter(4), null, null, null))
                .hasValueSatisfying(found -> assertThat(((Actor) found).username()).isEqualTo("inspector.ug"));

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
        // A page open to everyone asks for an Optional: empty, not refused.
        assertThat(arguments.resolveArgument(parameter(3), null, null, null)).isEqualTo(Optional.empty());
        assertThat(arguments.resolveArgument(parameter(4), null, null, null)).isEqualTo(Optional.empty());
    }

    private MethodParameter parameter(int index) throws NoSuchMethodException {
        Method handler = getClass().getDeclaredMethod("handler", Actor.class, SignedInUser.class, String.class,
                Optional.class, Optional.class, Optional.class);
        return new MethodParameter(handler, index);
    }
}
