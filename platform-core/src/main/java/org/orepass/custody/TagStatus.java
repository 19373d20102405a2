package org.orepass.custody;

/** A tag is issued to a site, used once on the lot it seals, or voided (lost, damaged, withdrawn). */
public enum TagStatus {
    ISSUED,
    USED,
    VOIDED
}
