package org.orepass.persistence.incident;

import java.util.List;
import java.util.Optional;
import org.orepass.incident.SiteReview;
import org.orepass.incident.internal.SiteReviews;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface JpaSiteReviews extends JpaRepository<SiteReview, Long>, SiteReviews {

    @Override
    default SiteReview add(SiteReview review) {
        return save(review);
    }

    @Override
    default Optional<SiteReview> findByIncidentId(Long incidentId) {
        return findFirstByIncidentIdOrderByIdDesc(incidentId);
    }

    Optional<SiteReview> findFirstByIncidentIdOrderByIdDesc(Long incidentId);

    @Override
    default List<SiteReview> ofIncident(Long incidentId) {
        return findByIncidentIdOrderById(incidentId);
    }

    List<SiteReview> findByIncidentIdOrderById(Long incidentId);

    @Override
    @Query("select r from SiteReview r where r.siteId = :siteId and r.clearedAt is null order by r.id")
    List<SiteReview> openAt(@Param("siteId") Long siteId);

    @Override
    @Query("select r from SiteReview r where r.siteId in :siteIds and r.clearedAt is null order by r.id")
    List<SiteReview> openAtAny(@Param("siteIds") java.util.Collection<Long> siteIds);

    /** Walks each lot's inputs back to its production lots and checks their sites for an open review. */
    @Override
    @Query(value = """
            with recursive origin (lot_id, ancestor_id) as (
                select id, id from lot where id in (:ids)
                union
                select o.lot_id, i.input_lot_id from origin o join lot_input i on i.lot_id = o.ancestor_id
            )
            select distinct o.lot_id from origin o
            join lot a on a.id = o.ancestor_id
            join site_review r on r.site_id = a.site_id and r.cleared_at is null
            order by o.lot_id""", nativeQuery = true)
    List<Long> lotsOnHold(@Param("ids") Iterable<Long> lotIds);
}
