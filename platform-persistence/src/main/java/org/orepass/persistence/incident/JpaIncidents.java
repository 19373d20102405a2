package org.orepass.persistence.incident;

import java.util.List;
import java.util.Optional;
import org.orepass.incident.Incident;
import org.orepass.incident.Incidents;
import org.orepass.incident.internal.LotReference;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface JpaIncidents extends JpaRepository<Incident, Long>, Incidents {

    @Override
    default Incident add(Incident incident) {
        return save(incident);
    }

    @Override
    Optional<Incident> findByFollowUpCodeHash(String hash);

    @Override
    @Query("select new org.orepass.incident.internal.LotReference(l.id, l.lotNumber) from Lot l where l.lotNumber in :numbers")
    List<LotReference> lotsNumbered(@Param("numbers") List<String> lotNumbers);

    @Override
    @Query("""
            select new org.orepass.incident.internal.LotReference(l.id, l.lotNumber) from Lot l where l.id in :ids
            order by l.lotNumber""")
    List<LotReference> lotsById(@Param("ids") Iterable<Long> ids);

    @Override
    @Query(value = """
            select exists (select 1 from mine_site s where s.id = :siteId and (s.owner_id = :organisationId
                or exists (select 1 from mine_site_operator o where o.site_id = s.id
                           and o.organisation_id = :organisationId)))""", nativeQuery = true)
    boolean operatesSite(@Param("organisationId") Long organisationId, @Param("siteId") Long siteId);

    @Override
    boolean existsByCustodyAnomalyId(Long custodyAnomalyId);

    @Override
    @Query("""
            select new org.orepass.incident.internal.LotReference(l.id, l.lotNumber) from Lot l
            where l.tag.country = :country and l.tag.number = :number order by l.lotNumber""")
    List<LotReference> lotsTagged(@Param("country") String country, @Param("number") String tagNumber);

    @Query("select i from Incident i where :lotId member of i.lotIds order by i.occurredOn desc, i.id desc")
    List<Incident> linkedToLotInOrder(@Param("lotId") Long lotId, org.springframework.data.domain.Limit limit);

    @Override
    default List<Incident> linkedToLot(Long lotId, int limit) {
        return linkedToLotInOrder(lotId, org.springframework.data.domain.Limit.of(limit));
    }
}
