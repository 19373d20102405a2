package org.orepass.accesstoken;

/**
 * A freshly issued token: the only moment its plain value exists outside the user's hands. Serializable because
 * the page shows it once through a flash attribute, which lives in the (database-backed) session until then.
 */
public record IssuedToken(Long id, String name, String value) implements java.io.Serializable {
}
