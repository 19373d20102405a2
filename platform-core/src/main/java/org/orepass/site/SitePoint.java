package org.orepass.site;

/** A site as a map draws it: where it is and its status as of today, nothing more (no entity is loaded). */
public record SitePoint(long id, String name, double latitude, double longitude, SiteStatus status) {
}
