package org.orepass.accesstoken;

/** A freshly issued token: the only moment its plain value exists outside the user's hands. */
public record IssuedToken(Long id, String name, String value) {
}
