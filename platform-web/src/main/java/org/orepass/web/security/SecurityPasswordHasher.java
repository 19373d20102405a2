package org.orepass.web.security;

import org.orepass.account.PasswordHasher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/** The domain's password port, backed by Spring Security's delegating encoder (bcrypt today, upgradable). */
@Component
class SecurityPasswordHasher implements PasswordHasher {

    private final PasswordEncoder encoder;

    SecurityPasswordHasher(PasswordEncoder encoder) {
        this.encoder = encoder;
    }

    @Override
    public String hash(String rawPassword) {
        return encoder.encode(rawPassword);
    }

    @Override
    public boolean matches(String rawPassword, String hash) {
        return hash != null && encoder.matches(rawPassword, hash);
    }
}
