package org.orepass.account;

/** Hashes and checks passwords (a port: the web layer provides Spring Security's encoder). */
public interface PasswordHasher {

    String hash(String rawPassword);

    boolean matches(String rawPassword, String hash);
}
