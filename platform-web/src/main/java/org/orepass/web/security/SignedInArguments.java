package org.orepass.web.security;

import java.util.List;
import org.orepass.account.Actor;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
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
 * API), never a 500: route rules normally stop such a request before it gets here.
 */
@Configuration(proxyBeanMethods = false)
class SignedInArguments implements WebMvcConfigurer, HandlerMethodArgumentResolver {

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(this);
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        var type = parameter.getParameterType();
        return type == Actor.class || type == SignedInUser.class;
    }

    @Override
    public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer container,
            NativeWebRequest request, WebDataBinderFactory binders) {
        var user = CurrentUser.get().orElseThrow(() -> new AuthenticationCredentialsNotFoundException(
                "this page needs a signed-in user"));
        return parameter.getParameterType() == Actor.class ? user.actor() : user;
    }
}
