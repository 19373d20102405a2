package org.orepass.persistence.incident;

import java.util.List;
import java.util.Set;
import org.orepass.incident.IncidentNotification;
import org.orepass.incident.internal.IncidentNotifications;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface JpaIncidentNotifications extends JpaRepository<IncidentNotification, Long>, IncidentNotifications {

    @Override
    default IncidentNotification add(IncidentNotification notification) {
        return save(notification);
    }

    @Override
    default List<IncidentNotification> newestIn(String country, Set<String> divisions, int limit) {
        return divisions.isEmpty() ? inCountry(country, Limit.of(limit))
                : inDivisions(country, divisions, Limit.of(limit));
    }

    @Override
    default List<IncidentNotification> newest(int limit) {
        return newestFirst(Limit.of(limit));
    }

    @Query("select n from IncidentNotification n where n.country = :country order by n.createdAt desc, n.id desc")
    List<IncidentNotification> inCountry(@Param("country") String country, Limit limit);

    @Query("""
            select n from IncidentNotification n where n.country = :country and n.division in :divisions
            order by n.createdAt desc, n.id desc""")
    List<IncidentNotification> inDivisions(@Param("country") String country,
            @Param("divisions") Set<String> divisions, Limit limit);

    @Query("select n from IncidentNotification n order by n.createdAt desc, n.id desc")
    List<IncidentNotification> newestFirst(Limit limit);
}
