package org.orepass.site.internal;

/**
 * Where an inspector's more lenient colour stands (a colour better than the inspection's facts give). It applies
 * only once a second inspector of the site's jurisdiction confirms it; until then the site has the facts' colour.
 */
public enum OverrideState {
    /** Waiting for a second inspector; the site has the facts' colour. */
    PENDING,
    /** A second inspector confirmed it: the site took the chosen colour on the day of the confirmation. */
    CONFIRMED,
    /** A second inspector refused it, with a reason; the facts' colour stays. */
    REFUSED,
    /** A later inspection came first: nothing is left to confirm. */
    LAPSED
}
