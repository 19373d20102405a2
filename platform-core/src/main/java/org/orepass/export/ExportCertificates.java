package org.orepass.export;

import java.util.List;
import java.util.Optional;

/** Issued export certificates (a port; persistence implements it). */
public interface ExportCertificates {

    ExportCertificate add(ExportCertificate certificate);

    Optional<ExportCertificate> ofShipment(Long shipmentId);

    Optional<ExportCertificate> bySerialNumber(String issuingCountry, String serialNumber);

    List<ExportCertificate> newest(int limit);
}
