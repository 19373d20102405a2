package org.orepass.site;

/** Why a site's status changed: by an inspection, an inspector's justified override, or the passing of time. */
public enum StatusChangeReason {
    REGISTRATION,
    INSPECTION,
    OVERRIDE,
    GREEN_EXPIRED,
    BLUE_EXPIRED,
    YELLOW_OVERDUE
}
