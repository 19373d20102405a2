package org.orepass.persistence.custody;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.orepass.custody.LotImport;
import org.orepass.custody.LotImports;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

interface JpaLotImports extends JpaRepository<LotImport, Long>, LotImports {

    @Override
    default LotImport add(LotImport lotImport) {
        return save(lotImport);
    }

    @Override
    default Optional<LotImport> ofLot(Long lotId) {
        return findByLotId(lotId);
    }

    @Override
    default List<LotImport> ofLots(Collection<Long> lotIds) {
        return lotIds.isEmpty() ? List.of() : findByLotIdIn(lotIds);
    }

    @Override
    default boolean certificateUsed(long exportCertificateId) {
        return existsByExportCertificateIdAndSuspectFalse(exportCertificateId);
    }

    @Override
    default List<LotImport> ofImporter(Long organisationId, int limit) {
        return findByImporterIdOrderByIdDesc(organisationId, Limit.of(limit));
    }

    @Override
    default List<LotImport> into(String country, int limit) {
        return findByImporterCountryOrderByIdDesc(country, Limit.of(limit));
    }

    @Override
    default List<LotImport> newest(int limit) {
        return findByOrderByIdDesc(Limit.of(limit));
    }

    Optional<LotImport> findByLotId(Long lotId);

    /** The imports page reads each row's lot and importer: fetched with it (one query, not one per row). */
    @EntityGraph(attributePaths = {"lot", "importer"})
    List<LotImport> findByImporterCountryOrderByIdDesc(String country, Limit limit);

    @EntityGraph(attributePaths = {"lot", "importer"})
    List<LotImport> findByOrderByIdDesc(Limit limit);

    List<LotImport> findByLotIdIn(Collection<Long> lotIds);

    boolean existsByExportCertificateIdAndSuspectFalse(Long exportCertificateId);

    @EntityGraph(attributePaths = {"lot", "importer"})
    List<LotImport> findByImporterIdOrderByIdDesc(Long importerId, Limit limit);
}
