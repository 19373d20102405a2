package org.orepass.persistence.custody;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.orepass.custody.ImportSummary;
import org.orepass.custody.LotImport;
import org.orepass.custody.LotImports;
import org.orepass.shared.CountryCode;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

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
    default List<ImportSummary> summariesOfImporter(Long organisationId, int limit) {
        return findSummariesOfImporter(organisationId, Limit.of(limit));
    }

    @Override
    default List<ImportSummary> summariesInto(String country, int limit) {
        // The importer's country is a CountryCode column; a code that is no country has no imports.
        return CountryCode.isCountry(country) ? findSummariesInto(CountryCode.of(country), Limit.of(limit)) : List.of();
    }

    @Override
    default List<ImportSummary> summaries(int limit) {
        return findSummaries(Limit.of(limit));
    }

    Optional<LotImport> findByLotId(Long lotId);

    List<LotImport> findByLotIdIn(Collection<Long> lotIds);

    boolean existsByExportCertificateIdAndSuspectFalse(Long exportCertificateId);

    List<LotImport> findByImporterIdOrderByIdDesc(Long importerId, Limit limit);

    /** What the imports page shows, with its lot and importer, and never the document's bytes. */
    String SUMMARY = """
            select new org.orepass.custody.ImportSummary(i.id, i.crossedOn, i.documentKind, i.documentCountry,
                i.documentNumber, i.originCountry, i.borderPost, i.received, i.suspect, i.flagged, o.name, l.id,
                l.lotNumber, l.mineral, l.custodian.id)
            from LotImport i join i.importer o join i.lot l
            """;

    @Query(SUMMARY + " where o.id = :organisationId order by i.id desc")
    List<ImportSummary> findSummariesOfImporter(@Param("organisationId") Long organisationId, Limit limit);

    @Query(SUMMARY + " where o.country = :country order by i.id desc")
    List<ImportSummary> findSummariesInto(@Param("country") CountryCode country, Limit limit);

    @Query(SUMMARY + " order by i.id desc")
    List<ImportSummary> findSummaries(Limit limit);
}
