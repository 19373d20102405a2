package org.orepass.incident;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.orepass.site.Mineral;

/**
 * What a reporter tells: the category, how grave, when and where (a site, or a division and locality), what
 * happened, whether the text could endanger someone if published, who was affected, and what it links to.
 */
public record IncidentDetails(Long categoryId, Integer severity, LocalDate occurredOn, Long siteId, String country,
        String division, String locality, Mineral mineral, String description, boolean sensitive,
        AffectedPeople affected, List<String> lotNumbers, Set<Long> organisationIds) {

    public IncidentDetails {
        affected = affected == null ? AffectedPeople.NONE : affected;
        lotNumbers = lotNumbers == null ? List.of() : List.copyOf(lotNumbers);
        organisationIds = organisationIds == null ? Set.of() : Set.copyOf(organisationIds);
    }
}
