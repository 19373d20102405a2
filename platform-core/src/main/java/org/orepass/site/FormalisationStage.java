package org.orepass.site;

/** Where a site stands on the road from informal digging to a licensed mine. */
public enum FormalisationStage {
    INFORMAL,
    LICENCE_APPLIED,
    LICENSED,
    SUSPENDED,
    REVOKED
}
