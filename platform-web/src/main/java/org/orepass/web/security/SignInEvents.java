package org.orepass.web.security;

import org.orepass.account.SignInRecording;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/** Feeds Spring Security's sign-in outcomes to the lockout rule. */
@Component
class SignInEvents {

    private final SignInRecording recording;

    SignInEvents(SignInRecording recording) {
        this.recording = recording;
    }

    @EventListener
    void failed(AuthenticationFailureBadCredentialsEvent event) {
        recording.failed(event.getAuthentication().getName());
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof SignedInUser user) {
            recording.succeeded(user.username());
        }
    }
}
