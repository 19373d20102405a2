package org.orepass.persistence.site;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Root;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import org.orepass.site.MineSite;
import org.orepass.site.SiteCluster;
import org.orepass.site.SiteExtent;
import org.orepass.site.SitePoint;
import org.orepass.site.SiteSearch;
import org.orepass.site.SiteStatus;
import org.orepass.site.SiteVisibility;

/**
 * The map's queries as Criteria tuples over the list's own {@link SiteFilters}: only the columns a map draws
 * are read, and beyond the point limit the database counts sites per grid cell, so 100,000 sites never become
 * 100,000 entities.
 */
class MineSiteMapImpl implements MineSiteMap {

    private final EntityManager entityManager;

    MineSiteMapImpl(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public SiteExtent mapExtent(SiteSearch search, SiteVisibility visibility, LocalDate today) {
        var cb = entityManager.getCriteriaBuilder();
        var query = cb.createTupleQuery();
        var root = filtered(query, search, visibility, today);
        var latitude = root.<BigDecimal>get("latitude");
        var longitude = root.<BigDecimal>get("longitude");
        query.multiselect(cb.count(root), cb.min(latitude), cb.min(longitude), cb.max(latitude), cb.max(longitude));
        var row = entityManager.createQuery(query).getSingleResult();
        long count = row.get(0, Long.class);
        if (count == 0) {
            return new SiteExtent(0, null);
        }
        return new SiteExtent(count, new SiteExtent.GeoBox(number(row, 1), number(row, 2), number(row, 3),
                number(row, 4)));
    }

    @Override
    public List<SitePoint> mapPoints(SiteSearch search, SiteVisibility visibility, LocalDate today, int limit) {
        var cb = entityManager.getCriteriaBuilder();
        var query = cb.createTupleQuery();
        var root = filtered(query, search, visibility, today);
        query.multiselect(root.get("id"), root.get("name"), root.get("latitude"), root.get("longitude"),
                SiteFilters.statusCodeAsOf(root, cb, today));
        // Red last, so the sites that matter most are drawn on top of the others.
        query.orderBy(cb.asc(SiteFilters.statusCodeAsOf(root, cb, today)), cb.asc(root.get("id")));
        return entityManager.createQuery(query).setMaxResults(limit).getResultList().stream()
                .map(row -> new SitePoint(row.get(0, Long.class), row.get(1, String.class), number(row, 2),
                        number(row, 3), SiteFilters.ofCode(row.get(4, Integer.class))))
                .toList();
    }

    @Override
    public List<SiteCluster> mapClusters(SiteSearch search, SiteVisibility visibility, LocalDate today,
            double cellDegrees) {
        var cb = entityManager.getCriteriaBuilder();
        var query = cb.createTupleQuery();
        var root = filtered(query, search, visibility, today);
        var latitude = root.<BigDecimal>get("latitude");
        var longitude = root.<BigDecimal>get("longitude");
        var size = cb.literal(BigDecimal.valueOf(cellDegrees));
        var row = cb.floor(cb.quot(latitude, size));
        var column = cb.floor(cb.quot(longitude, size));
        var code = SiteFilters.statusCodeAsOf(root, cb, today);
        var selections = new ArrayList<jakarta.persistence.criteria.Selection<?>>(List.of(
                cb.avg(latitude), cb.avg(longitude)));
        for (var status : SiteStatus.values()) {
            selections.add(countWhere(cb, code, status));
        }
        query.multiselect(selections).groupBy(row, column);
        var clusters = new ArrayList<SiteCluster>();
        for (Tuple tuple : entityManager.createQuery(query).getResultList()) {
            var counts = new EnumMap<SiteStatus, Long>(SiteStatus.class);
            var statuses = SiteStatus.values();
            for (int i = 0; i < statuses.length; i++) {
                long count = ((Number) tuple.get(2 + i)).longValue();
                if (count > 0) {
                    counts.put(statuses[i], count);
                }
            }
            clusters.add(new SiteCluster(number(tuple, 0), number(tuple, 1), counts));
        }
        return clusters;
    }

    private Root<MineSite> filtered(CriteriaQuery<Tuple> query, SiteSearch search, SiteVisibility visibility,
            LocalDate today) {
        var root = query.from(MineSite.class);
        var where = SiteFilters.of(search, visibility, today).toPredicate(root, query,
                entityManager.getCriteriaBuilder());
        if (where != null) {
            query.where(where);
        }
        return root;
    }

    private static Expression<Long> countWhere(CriteriaBuilder cb, Expression<Integer> code, SiteStatus status) {
        return cb.sum(cb.<Long>selectCase().when(cb.equal(code, status.icglrCode()), 1L).otherwise(0L));
    }

    private static double number(Tuple row, int index) {
        return ((Number) row.get(index)).doubleValue();
    }
}
