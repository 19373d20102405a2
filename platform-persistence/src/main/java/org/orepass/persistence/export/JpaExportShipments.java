package org.orepass.persistence.export;

import java.util.List;
import org.orepass.export.ExportShipment;
import org.orepass.export.ExportStatus;
import org.orepass.export.internal.ExportShipments;
import org.orepass.shared.CountryCode;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;

interface JpaExportShipments extends JpaRepository<ExportShipment, Long>, ExportShipments {

    @Override
    default ExportShipment add(ExportShipment shipment) {
        return save(shipment);
    }

    @Override
    default List<ExportShipment> newestOf(Long exporterId, int limit) {
        return findByExporterIdOrderByIdDesc(exporterId, Limit.of(limit));
    }

    @Override
    default List<ExportShipment> newestSubmitted(int limit) {
        return findByStatusNotOrderByIdDesc(ExportStatus.DRAFT, Limit.of(limit));
    }

    @Override
    default List<ExportShipment> newestSubmittedIn(String exporterCountry, int limit) {
        if (!CountryCode.isCountry(exporterCountry)) {
            return List.of();
        }
        return findByStatusNotAndExporterCountryOrderByIdDesc(ExportStatus.DRAFT, CountryCode.of(exporterCountry),
                Limit.of(limit));
    }

    @Override
    default java.util.Optional<ExportShipment> ofExportLot(String lotNumber) {
        return findByExportLotLotNumber(lotNumber);
    }

    java.util.Optional<ExportShipment> findByExportLotLotNumber(String lotNumber);

    @Override
    default List<ExportShipment> ofExportLots(java.util.Collection<Long> lotIds) {
        return lotIds.isEmpty() ? List.of() : findByExportLotIdIn(lotIds);
    }

    /**
     * Without flushing first: it is asked during a submission (revenue's tax assessment), and a flush there would
     * write the lots taken before the transaction ends, holding their rows locked while the rest of the submission
     * runs. The shipments it looks for are other, earlier ones, which this transaction does not change.
     */
    @org.springframework.data.jpa.repository.QueryHints(@jakarta.persistence.QueryHint(
            name = "org.hibernate.flushMode", value = "COMMIT"))
    List<ExportShipment> findByExportLotIdIn(java.util.Collection<Long> lotIds);

    List<ExportShipment> findByExporterIdOrderByIdDesc(Long exporterId, Limit limit);

    List<ExportShipment> findByStatusNotOrderByIdDesc(ExportStatus status, Limit limit);

    List<ExportShipment> findByStatusNotAndExporterCountryOrderByIdDesc(ExportStatus status, CountryCode country,
            Limit limit);
}
