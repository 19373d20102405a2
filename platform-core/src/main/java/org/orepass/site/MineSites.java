package org.orepass.site;

import java.util.List;
import java.util.Optional;

/** The mine-site registry (a port; persistence implements it). */
public interface MineSites {

    MineSite add(MineSite site);

    Optional<MineSite> findById(Long id);

    Optional<MineSite> findByIcglrId(String icglrId);

    List<MineSite> findAllById(Iterable<Long> ids);

    /** Sites the organisation owns or operates. */
    List<MineSite> ownedOrOperatedBy(Long organisationId);

    org.orepass.shared.ResultPage<MineSite> search(SiteSearch search, SiteVisibility visibility,
            java.time.LocalDate today, org.orepass.shared.PageQuery page);

    boolean nationalIdTaken(String country, String nationalId, Long exceptId);

    /**
     * Sites whose recorded status has run out by {@code today}: green since before {@code greenSince}, blue
     * since before {@code blueSince}, yellow past its correction deadline.
     */
    List<MineSite> withStatusLimitPassed(java.time.LocalDate greenSince, java.time.LocalDate blueSince,
            java.time.LocalDate today);
}
