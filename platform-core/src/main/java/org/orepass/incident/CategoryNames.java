package org.orepass.incident;

/** A taxonomy entry's name in the four languages of the platform. */
public record CategoryNames(String en, String fr, String es, String sw) {
}
