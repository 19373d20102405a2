package org.orepass.persistence.downstream;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.orepass.downstream.Consignment;
import org.orepass.downstream.internal.Consignments;
import org.orepass.export.ExportShipment;
import org.orepass.organisation.Organisation;
import org.orepass.shared.CountryCode;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface JpaConsignments extends JpaRepository<Consignment, Long>, Consignments {

    @Override
    default Consignment add(Consignment consignment) {
        return save(consignment);
    }

    @Override
    @Query("select c from Consignment c join fetch c.shipment join fetch c.consignee where c.shipment.id = :shipmentId")
    Optional<Consignment> ofShipment(@Param("shipmentId") long shipmentId);

    @Override
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from Consignment c where c.shipment.id = :shipmentId")
    Optional<Consignment> lockOfShipment(@Param("shipmentId") long shipmentId);

    @Override
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select s from ExportShipment s where s.id = :shipmentId")
    Optional<ExportShipment> lockShipment(@Param("shipmentId") long shipmentId);

    @Override
    @Query("select s from ExportShipment s join fetch s.exporter where s.id = :shipmentId")
    Optional<ExportShipment> shipment(@Param("shipmentId") long shipmentId);

    @Override
    @Query("select o from Organisation o where o.id = :id")
    Optional<Organisation> organisation(@Param("id") long organisationId);

    @Override
    default List<Consignment> toConsignee(long consigneeId, int limit) {
        return findByConsigneeIdOrderByIdDesc(consigneeId, Limit.of(limit));
    }

    List<Consignment> findByConsigneeIdOrderByIdDesc(long consigneeId, Limit limit);

    @Override
    default List<ExportShipment> certifiedOf(long exporterId, int year) {
        var from = java.time.LocalDate.of(year, 1, 1);
        var to = from.plusYears(1);
        return certifiedBetween(exporterId, from, to, from.atStartOfDay(java.time.ZoneOffset.UTC).toInstant(),
                to.atStartOfDay(java.time.ZoneOffset.UTC).toInstant());
    }

    @Query("""
            select s from ExportShipment s where s.exporter.id = :exporterId
              and s.status = org.orepass.export.ExportStatus.CERTIFIED
              and ((s.shipmentDate >= :from and s.shipmentDate < :to)
                or (s.shipmentDate is null and s.decidedAt >= :fromInstant and s.decidedAt < :toInstant))
            order by s.id""")
    List<ExportShipment> certifiedBetween(@Param("exporterId") long exporterId,
            @Param("from") java.time.LocalDate from, @Param("to") java.time.LocalDate to,
            @Param("fromInstant") java.time.Instant fromInstant, @Param("toInstant") java.time.Instant toInstant);

    @Override
    default List<Consignment> ofShipments(java.util.Collection<Long> shipmentIds) {
        return shipmentIds.isEmpty() ? List.of() : findWithConsignees(shipmentIds);
    }

    @Query("select c from Consignment c join fetch c.consignee where c.shipment.id in :ids")
    List<Consignment> findWithConsignees(@Param("ids") java.util.Collection<Long> shipmentIds);

    @Override
    @Query("""
            select distinct o from Consignment c join c.consignee o join c.shipment s
            where s.exporter.id = :exporterId order by o.name""")
    List<Organisation> consigneesOf(@Param("exporterId") long exporterId);

    @Override
    default List<Organisation> candidates(String country) {
        return CountryCode.isCountry(country) ? activeIn(CountryCode.of(country)) : List.of();
    }

    @Query("select o from Organisation o where o.active = true and o.country = :country order by o.name")
    List<Organisation> activeIn(@Param("country") CountryCode country);
}
