package org.orepass.incident;

/**
 * A registered mine site as a reporter may pick it: its name and its place in words (locality, ISO 3166-2
 * division, country). Never its coordinates nor its ICGLR id (the id is made of the coordinates), so the public
 * report form can show it.
 */
public record SiteChoice(Long id, String name, String locality, String division, String country) {

    /** The place as a reporter reads it: locality and division, whichever are known. */
    public String place() {
        var parts = new java.util.ArrayList<String>();
        if (locality != null && !locality.isBlank()) {
            parts.add(locality);
        }
        parts.add(division != null ? division : country);
        return String.join(", ", parts);
    }
}
