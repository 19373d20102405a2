package org.orepass.web.incident;

import java.util.List;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Runs a public report's writes as the fixed principal "anonymous", so that the audit trail, which records the
 * name of whoever is signed in, names nobody (and is not mistaken for the system's own jobs). The context is
 * set for this thread only and never saved to the session. Public for the other channels of anonymous reports
 * (SMS, issue 20), which must name nobody either.
 */
public final class AnonymousPrincipal {

    public static final String NAME = "anonymous";

    private AnonymousPrincipal() {
    }

    public static <T> T run(Supplier<T> work) {
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(NAME, null, List.of()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
