package org.orepass.export;

/**
 * Published when an exporter submits a shipment, inside the submitting transaction. Revenue listens to it with a
 * plain {@code @EventListener} to assess the export taxes then, so that they exist (and can be paid) from
 * submission on, and a submission never commits without them.
 */
public record ExportSubmitted(long shipmentId) {
}
