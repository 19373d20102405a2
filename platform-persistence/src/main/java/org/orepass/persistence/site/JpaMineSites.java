package org.orepass.persistence.site;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.orepass.site.MineSite;
import org.orepass.site.MineSites;
import org.orepass.site.SiteSearch;
import org.orepass.site.SiteStatus;
import org.orepass.site.SiteStatusRules;
import org.orepass.site.SiteVisibility;
import org.orepass.shared.PageQuery;
import org.orepass.shared.ResultPage;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface JpaMineSites extends JpaRepository<MineSite, Long>, JpaSpecificationExecutor<MineSite>, MineSites {

    @Override
    default MineSite add(MineSite site) {
        return save(site);
    }

    @Override
    Optional<MineSite> findByIcglrId(String icglrId);

    @Override
    @Query("select distinct s from MineSite s left join s.operators o where s.owner.id = :id or o.id = :id")
    List<MineSite> ownedOrOperatedBy(@Param("id") Long organisationId);

    /** Only the filters in use become SQL; the status filter applies the time rules in SQL, as of today. */
    @Override
    default ResultPage<MineSite> search(SiteSearch search, SiteVisibility visibility, LocalDate today,
            PageQuery page) {
        return search(search, visibility, today, page, ESTIMATE_ABOVE);
    }

    default ResultPage<MineSite> search(SiteSearch search, SiteVisibility visibility, LocalDate today,
            PageQuery page, long estimateAbove) {
        Specification<MineSite> filters = (root, query, cb) -> {
            var conditions = new ArrayList<Predicate>();
            if (!visibility.all()) {
                if (visibility.organisationId() == null) {
                    return cb.disjunction();
                }
                var operators = query.subquery(Long.class);
                var site = operators.from(MineSite.class);
                operators.select(site.get("id")).where(cb.equal(site.join("operators").get("id"),
                        visibility.organisationId()));
                conditions.add(cb.or(cb.equal(root.get("owner").get("id"), visibility.organisationId()),
                        root.get("id").in(operators)));
            }
            if (search.text() != null && !search.text().isBlank()) {
                var pattern = search.textPattern();
                conditions.add(cb.or(cb.like(cb.lower(root.get("name")), pattern, '\\'),
                        cb.like(cb.lower(root.get("icglrId")), pattern, '\\'),
                        cb.like(cb.lower(root.get("nationalId")), pattern, '\\')));
            }
            if (search.country() != null) {
                conditions.add(cb.equal(root.get("country"), search.country()));
            }
            if (search.division() != null) {
                conditions.add(cb.equal(root.get("division"), search.division()));
            }
            if (search.mineral() != null) {
                conditions.add(cb.equal(root.join("minerals"), search.mineral()));
            }
            if (search.stage() != null) {
                conditions.add(cb.equal(root.get("formalisationStage"), search.stage()));
            }
            if (search.activity() != null) {
                conditions.add(cb.equal(root.get("activityStatus"), search.activity()));
            }
            if (search.status() != null) {
                conditions.add(statusAsOf(root, cb, search.status(), today));
            }
            return cb.and(conditions.toArray(Predicate[]::new));
        };
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

    /** {@link org.orepass.site.SiteStatusRules} as SQL: which recorded statuses mean {@code wanted} today. */
    private static Predicate statusAsOf(Root<MineSite> root, CriteriaBuilder cb, SiteStatus wanted, LocalDate today) {
        var status = root.<SiteStatus>get("status");
        var since = root.<LocalDate>get("statusSince");
        var deadline = root.<LocalDate>get("correctionDeadline");
        var greenEnd = today.minus(SiteStatusRules.GREEN_VALIDITY);
        var blueEnd = today.minus(SiteStatusRules.BLUE_VALIDITY);
        var greenThenBlueEnd = greenEnd.minus(SiteStatusRules.BLUE_VALIDITY);
        return switch (wanted) {
            case GREEN -> cb.and(cb.equal(status, SiteStatus.GREEN), cb.greaterThan(since, greenEnd));
            case YELLOW -> cb.and(cb.equal(status, SiteStatus.YELLOW),
                    cb.or(cb.isNull(deadline), cb.greaterThanOrEqualTo(deadline, today)));
            case BLUE -> cb.or(cb.and(cb.equal(status, SiteStatus.BLUE), cb.greaterThan(since, blueEnd)),
                    cb.and(cb.equal(status, SiteStatus.GREEN), cb.lessThanOrEqualTo(since, greenEnd),
                            cb.greaterThan(since, greenThenBlueEnd)));
            case RED -> cb.or(cb.equal(status, SiteStatus.RED),
                    cb.and(cb.equal(status, SiteStatus.BLUE), cb.lessThanOrEqualTo(since, blueEnd)),
                    cb.and(cb.equal(status, SiteStatus.GREEN), cb.lessThanOrEqualTo(since, greenThenBlueEnd)),
                    cb.and(cb.equal(status, SiteStatus.YELLOW), cb.lessThan(deadline, today)));
        };
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
}
