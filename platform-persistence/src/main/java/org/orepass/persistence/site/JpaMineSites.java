package org.orepass.persistence.site;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.orepass.site.MineSite;
import org.orepass.site.MineSites;
import org.orepass.site.SiteSearch;
import org.orepass.site.SiteVisibility;
import org.orepass.shared.PageQuery;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface JpaMineSites extends JpaRepository<MineSite, Long>, JpaSpecificationExecutor<MineSite>, MineSites,
        MineSiteMap {

    @Override
    default MineSite add(MineSite site) {
        return save(site);
    }

    @Override
    Optional<MineSite> findByIcglrId(org.orepass.site.IcglrId icglrId);

    // The owner, operators, minerals and capacities come in the one query, the rest loads on first use. Licences (a
    // list) stay out: fetched with the other collections, the list would repeat its rows. Join fetches, not an
    // entity graph: Hibernate translates a query with an applied graph to SQL again on every call (a fifth of a
    // site page's CPU, issue 15), while a plain query's translation is kept in its query plan cache.
    @Override
    @Query("select s from MineSite s left join fetch s.owner left join fetch s.operators left join fetch s.minerals"
            + " left join fetch s.capacityKgPerMonth where s.id = :id")
    Optional<MineSite> findWholeById(@Param("id") Long id);

    @Override
    @Query("select s from MineSite s left join fetch s.owner left join fetch s.operators left join fetch s.minerals"
            + " left join fetch s.capacityKgPerMonth where s.icglrId = :icglrId")
    Optional<MineSite> findWholeByIcglrId(@Param("icglrId") org.orepass.site.IcglrId icglrId);

    @Override
    @Query("select distinct s from MineSite s left join s.operators o where s.owner.id = :id or o.id = :id")
    List<MineSite> ownedOrOperatedBy(@Param("id") Long organisationId);

    /** The filters are {@link SiteFilters}, shared with the map. Downloads need no total, so none is counted. */
    @Override
    default List<MineSite> page(SiteSearch search, SiteVisibility visibility, LocalDate today, PageQuery page) {
        var sort = switch (search.sortOrName()) {
            case NAME -> Sort.by("name", "id");
            case COUNTRY -> Sort.by("country", "division", "name", "id");
            case STATUS -> Sort.by("status", "name", "id");
            case REGISTERED -> Sort.by(Sort.Direction.DESC, "registeredAt").and(Sort.by("id"));
        };
        return findBy(SiteFilters.of(search, visibility, today),
                query -> query.sortBy(sort).slice(PageRequest.of(page.page(), page.size(), sort))).getContent();
    }

    @Override
    default boolean nationalIdTaken(String country, String nationalId, Long exceptId) {
        return countByNationalId(country, nationalId.toLowerCase(Locale.ROOT), exceptId == null ? -1L : exceptId) > 0;
    }

    @Query("""
            select count(s) from MineSite s
            where s.country = :country and lower(s.nationalId) = :nationalId and s.id <> :exceptId""")
    long countByNationalId(@Param("country") String country, @Param("nationalId") String nationalId,
            @Param("exceptId") Long exceptId);

    @Override
    @Query("""
            select s from MineSite s
            where (s.status = org.orepass.site.SiteStatus.GREEN and s.statusSince <= :greenSince)
               or (s.status = org.orepass.site.SiteStatus.BLUE and s.statusSince <= :blueSince)
               or (s.status = org.orepass.site.SiteStatus.YELLOW and s.correctionDeadline < :today)""")
    List<MineSite> withStatusLimitPassed(@Param("greenSince") LocalDate greenSince,
            @Param("blueSince") LocalDate blueSince, @Param("today") LocalDate today);

    @Override
    @Query("""
            select s.id from MineSite s
            where (s.status = org.orepass.site.SiteStatus.GREEN and s.statusSince <= :greenSince)
               or (s.status = org.orepass.site.SiteStatus.BLUE and s.statusSince <= :blueSince)
               or (s.status = org.orepass.site.SiteStatus.YELLOW and s.correctionDeadline < :today)
            order by s.id""")
    List<Long> idsWithStatusLimitPassed(@Param("greenSince") LocalDate greenSince,
            @Param("blueSince") LocalDate blueSince, @Param("today") LocalDate today);
}
