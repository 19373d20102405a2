package org.orepass.export;

/**
 * Published after an inspector certified a shipment, once per shipment. Revenue listens to it to assess the
 * export taxes; listeners should use {@code @TransactionalEventListener} to act only once the certificate is
 * stored.
 */
public record ExportCertified(long shipmentId) {
}
