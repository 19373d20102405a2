package org.orepass.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Duration;
import org.orepass.account.UserAccount;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * Keeps the session's copy of the signed-in user current (after a password or profile change) and never lets
 * the password hash into the session store.
 */
@Component
public class SignedInSession {

    private final HttpSessionSecurityContextRepository repository = new HttpSessionSecurityContextRepository();
    private final Clock clock;
    private final Duration signedInTimeout;

    SignedInSession(Clock clock, @Value("${spring.session.timeout:8h}") Duration signedInTimeout) {
        this.clock = clock;
        this.signedInTimeout = signedInTimeout;
    }

    public void refresh(UserAccount account, HttpServletRequest request, HttpServletResponse response) {
        store(SignedInUser.of(account, account.isLocked(clock.instant())), request, response);
    }

    void store(SignedInUser user, HttpServletRequest request, HttpServletResponse response) {
        var safe = user.withoutPassword();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(safe, null, safe.getAuthorities()));
        SecurityContextHolder.setContext(context);
        repository.saveContext(context, request, response);
        // A session starts short-lived (QuietSessions: it may never sign in); signed in, it gets the full timeout.
        request.getSession().setMaxInactiveInterval((int) signedInTimeout.toSeconds());
    }
}
