package org.orepass.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.resource.ResourceHttpRequestHandler;

/** A user with a temporary password (new account or reset) must choose their own before doing anything else. */
@Component
public class PasswordChangeGate implements HandlerInterceptor {

    public static final String PASSWORD_PAGE = "/profile/password";

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws Exception {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        // Static files (the stylesheet) are never redirected: the password page itself must arrive styled.
        if (handler instanceof ResourceHttpRequestHandler) {
            return true;
        }
        if (authentication != null && authentication.getPrincipal() instanceof SignedInUser user
                && user.mustChangePassword()) {
            var path = request.getRequestURI().substring(request.getContextPath().length());
            if (!path.equals(PASSWORD_PAGE) && !path.startsWith("/api/") && !path.equals("/logout")
                    && !path.startsWith("/error")) {
                response.sendRedirect(request.getContextPath() + PASSWORD_PAGE);
                return false;
            }
        }
        return true;
    }
}
