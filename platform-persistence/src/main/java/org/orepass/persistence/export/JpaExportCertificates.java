package org.orepass.persistence.export;

import java.util.List;
import java.util.Optional;
import org.orepass.export.ExportCertificate;
import org.orepass.export.ExportCertificates;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;

interface JpaExportCertificates extends JpaRepository<ExportCertificate, Long>, ExportCertificates {

    @Override
    default ExportCertificate add(ExportCertificate certificate) {
        return save(certificate);
    }

    @Override
    default Optional<ExportCertificate> ofShipment(Long shipmentId) {
        return findByShipmentId(shipmentId);
    }

    @Override
    default Optional<ExportCertificate> bySerialNumber(String issuingCountry, String serialNumber) {
        return findByIssuingCountryAndSerialNumberIgnoreCase(issuingCountry, serialNumber);
    }

    @Override
    default List<ExportCertificate> newest(int limit) {
        return findByOrderByIdDesc(Limit.of(limit));
    }

    Optional<ExportCertificate> findByShipmentId(Long shipmentId);

    Optional<ExportCertificate> findByIssuingCountryAndSerialNumberIgnoreCase(String issuingCountry,
            String serialNumber);

    List<ExportCertificate> findByOrderByIdDesc(Limit limit);
}
