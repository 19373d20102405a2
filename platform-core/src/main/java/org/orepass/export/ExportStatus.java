package org.orepass.export;

/**
 * A shipment is a DRAFT while the exporter assembles it (nothing is taken from the lots yet), SUBMITTED once
 * the mass has left the lots for the export lot, then CERTIFIED or REFUSED by a government inspector.
 */
public enum ExportStatus {
    DRAFT,
    SUBMITTED,
    CERTIFIED,
    REFUSED
}
