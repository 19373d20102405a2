package org.orepass.risk;

/** What an assessment covers: a supplier organisation, a mine site, or a lot (a shipment is a lot too). */
public enum SubjectKind {
    SUPPLIER,
    SITE,
    LOT
}
