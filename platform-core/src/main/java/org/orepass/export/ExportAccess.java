package org.orepass.export;

import org.orepass.account.Actor;
import org.orepass.account.Role;
import org.orepass.organisation.Organisation;

/**
 * Who may do what with export shipments. The exporter's EXPORTER users assemble and submit them; anyone of the
 * exporter's organisation reads them. Inspectors whose jurisdiction country is the exporter's country review
 * and certify them (an export certificate is national: a provincial inspector of that country may certify
 * too); administrators and auditors read every shipment past the draft stage. Drafts are the exporter's own.
 */
public final class ExportAccess {

    private ExportAccess() {
    }

    public static boolean mayShipFor(Actor actor, Organisation organisation) {
        return organisation != null && actor.has(Role.EXPORTER) && actor.organisationId() != null
                && actor.organisationId().equals(organisation.getId());
    }

    public static boolean mayShip(Actor actor, ExportShipment shipment) {
        return mayShipFor(actor, shipment.getExporter());
    }

    public static boolean isExporterOf(Actor actor, ExportShipment shipment) {
        return actor.organisationId() != null && actor.organisationId().equals(shipment.getExporter().getId());
    }

    public static boolean mayReview(Actor actor, ExportShipment shipment) {
        return shipment.getStatus() != ExportStatus.DRAFT && inspectsExportsOf(actor, shipment.getExporter());
    }

    static boolean inspectsExportsOf(Actor actor, Organisation exporter) {
        return actor.has(Role.INSPECTOR) && exporter.getCountry().equals(actor.jurisdictionCountry());
    }

    public static boolean readsAll(Actor actor) {
        return actor.has(Role.ADMIN) || actor.has(Role.AUDITOR);
    }

    public static boolean maySee(Actor actor, ExportShipment shipment) {
        return isExporterOf(actor, shipment) || (shipment.getStatus() != ExportStatus.DRAFT
                && (readsAll(actor) || inspectsExportsOf(actor, shipment.getExporter())));
    }

    /**
     * Who may withdraw a certificate (its verification code, issue 18): an administrator, or an inspector of the
     * country that issued it. The same rule for {@code /passport/withdraw} and the certificate page's button.
     */
    public static boolean mayWithdrawCertificate(Actor actor, String issuingCountry) {
        return actor != null && (actor.has(Role.ADMIN) || (actor.has(Role.INSPECTOR) && issuingCountry != null
                && issuingCountry.equals(actor.jurisdictionCountry())));
    }
}
