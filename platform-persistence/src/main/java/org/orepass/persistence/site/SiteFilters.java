package org.orepass.persistence.site;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.time.LocalDate;
import java.util.ArrayList;
import org.orepass.site.MineSite;
import org.orepass.site.SiteSearch;
import org.orepass.site.SiteStatus;
import org.orepass.site.SiteStatusRules;
import org.orepass.site.SiteVisibility;
import org.springframework.data.jpa.domain.Specification;

/** The site list's filters and visibility as SQL, shared by the list, the downloads and the map. */
final class SiteFilters {

    private SiteFilters() {
    }

    /** Only the filters in use become SQL; the status filter applies the time rules in SQL, as of today. */
    static Specification<MineSite> of(SiteSearch search, SiteVisibility visibility, LocalDate today) {
        return (root, query, cb) -> {
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
    }

    /** {@link org.orepass.site.SiteStatusRules} as SQL: which recorded statuses mean {@code wanted} today. */
    static Predicate statusAsOf(Root<MineSite> root, CriteriaBuilder cb, SiteStatus wanted, LocalDate today) {
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

    /**
     * The status as of today as one SQL value, its ICGLR code (0 blue, 1 green, 2 yellow, 3 red), built from
     * the same predicates as the status filter so the map and the list never disagree.
     */
    static Expression<Integer> statusCodeAsOf(Root<MineSite> root, CriteriaBuilder cb, LocalDate today) {
        return cb.<Integer>selectCase()
                .when(statusAsOf(root, cb, SiteStatus.RED, today), SiteStatus.RED.icglrCode())
                .when(statusAsOf(root, cb, SiteStatus.YELLOW, today), SiteStatus.YELLOW.icglrCode())
                .when(statusAsOf(root, cb, SiteStatus.GREEN, today), SiteStatus.GREEN.icglrCode())
                .otherwise(SiteStatus.BLUE.icglrCode());
    }

    static SiteStatus ofCode(int code) {
        for (var status : SiteStatus.values()) {
            if (status.icglrCode() == code) {
                return status;
            }
        }
        throw new IllegalArgumentException("no site status with ICGLR code " + code);
    }
}
