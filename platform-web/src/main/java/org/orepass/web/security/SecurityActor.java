package org.orepass.web.security;

import org.orepass.audit.CurrentActor;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The audit trail's "who": the signed-in user, or "system" for start-up, jobs and anonymous requests. */
@Component
class SecurityActor implements CurrentActor {

    @Override
    public String name() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return SYSTEM;
        }
        return authentication.getName();
    }
}
