package org.orepass.web.security;

import java.util.Optional;
import org.springframework.security.core.context.SecurityContextHolder;

/** The signed-in user of this request, for controllers and templates. */
public final class CurrentUser {

    private CurrentUser() {
    }

    public static Optional<SignedInUser> get() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof SignedInUser user) {
            return Optional.of(user);
        }
        return Optional.empty();
    }

    public static SignedInUser require() {
        return get().orElseThrow(() -> new IllegalStateException("no signed-in user"));
    }
}
