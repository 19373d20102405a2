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
import org.orepass.shared.ResultPage;
import org.springframework.data.domain.Page;
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
    Optional<MineSite> findByIcglrId(String icglrId);

    @Override
    @Query("select distinct s from MineSite s left join s.operators o where s.owner.id = :id or o.id = :id")
    List<MineSite> ownedOrOperatedBy(@Param("id") Long organisationId);

    /** The filters are {@link SiteFilters}, shared with the map. */
    @Override
    default ResultPage<MineSite> search(SiteSearch search, SiteVisibility visibility, LocalDate today,
            PageQuery page) {
        return search(search, visibility, today, page, ESTIMATE_ABOVE);
    }

    default ResultPage<MineSite> search(SiteSearch search, SiteVisibility visibility, LocalDate today,
            PageQuery page, long estimateAbove) {
        var filters = SiteFilters.of(search, visibility, today);
        var sort = switch (search.sortOrName()) {
            case NAME -> Sort.by("name", "id");
            case COUNTRY -> Sort.by("country", "division", "name", "id");
            case STATUS -> Sort.by("status", "name", "id");
            case REGISTERED -> Sort.by(Sort.Direction.DESC, "registeredAt").and(Sort.by("id"));
        };
        var pageRequest = PageRequest.of(page.page(), page.size(), sort);
        if (visibility.all() && search.isUnfiltered()) {
            // The registry's landing page: counting every site on each visit costs more than the page itself,
            // so large tables take PostgreSQL's own row estimate (kept fresh by autovacuum).
            var estimate = estimatedRows();
            if (estimate > estimateAbove) {
                var slice = findBy(filters, query -> query.sortBy(sort).slice(pageRequest));
                return new ResultPage<>(slice.getContent(), page.page(), page.size(), estimate, true);
            }
        }
        Page<MineSite> result = findAll(filters, pageRequest);
        return new ResultPage<>(result.getContent(), page.page(), page.size(), result.getTotalElements());
    }

    /** Below this many rows an exact count is cheap enough. */
    long ESTIMATE_ABOVE = 20_000;

    @Query(value = "select greatest(reltuples, 0)::bigint from pg_class where oid = 'mine_site'::regclass",
            nativeQuery = true)
    long estimatedRows();

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
}
