package org.orepass.web.security;

import java.util.List;
import java.util.Optional;
import org.orepass.account.Actor;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.core.ResolvableType;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Controllers receive the signed-in user as a method argument: a parameter of type {@link Actor} (who acts, for the
 * use cases) or {@link SignedInUser} (the session's view of the account, for names and preferences). A controller
 * names what it needs in its signature, so a test can call it with any actor and nothing reaches for a static.
 * Without a signed-in user the request is refused as unauthenticated (a redirect to the sign-in page, or 401 on the
 * API), never a 500: route rules normally stop such a request before it gets here. A page open to everyone asks for
 * {@code Optional<SignedInUser>} or {@code Optional<Actor>}, empty for an anonymous visitor.
 */
@Configuration(proxyBeanMethods = false)
class SignedInArguments implements WebMvcConfigurer, HandlerMethodArgumentResolver {

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(this);
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return wanted(parameter) != null;
    }

    @Override
    public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer container,
            NativeWebRequest request, WebDataBinderFactory binders) {
        var wanted = wanted(parameter);
        if (parameter.getParameterType() == Optional.class) {
            return CurrentUser.get().map(user -> wanted == Actor.class ? user.actor() : user);
        }
        var user = CurrentUser.get().orElseThrow(() -> new AuthenticationCredentialsNotFoundException(
                "this page needs a signed-in user"));
        return wanted == Actor.class ? user.actor() : user;
    }

    /** Actor or SignedInUser, alone or in an Optional; null for any other parameter. */
    private static Class<?> wanted(MethodParameter parameter) {
        var type = parameter.getParameterType();
        if (type == Optional.class) {
            type = ResolvableType.forMethodParameter(parameter).getGeneric(0).resolve();
        }
        return type == Actor.class || type == SignedInUser.class ? type : null;
    }
}
