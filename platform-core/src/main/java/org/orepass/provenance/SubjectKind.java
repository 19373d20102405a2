package org.orepass.provenance;

/** What a verification code stands for (issue 18): each has one code, given when the row is inserted (V79). */
public enum SubjectKind {
    CERTIFICATE,
    SHIPMENT,
    TAG
}
