package org.orepass.site;

import java.util.List;
import java.util.Optional;

/** The mine-site registry (a port; persistence implements it). */
public interface MineSites {

    MineSite add(MineSite site);

    Optional<MineSite> findById(Long id);

    Optional<MineSite> findByIcglrId(IcglrId icglrId);

    /**
     * A site with its owner, operators, minerals and capacities in one query, for the site page and the ICGLR
     * document (issue 15); its licences load on first use.
     */
    Optional<MineSite> findWholeById(Long id);

    /** {@link #findWholeById} by the ICGLR id. */
    Optional<MineSite> findWholeByIcglrId(IcglrId icglrId);

    List<MineSite> findAllById(Iterable<Long> ids);

    /** Sites the organisation owns or operates. */
    List<MineSite> ownedOrOperatedBy(Long organisationId);

    /**
     * One page of whole sites, in the search's order, without a total: downloads read page after page until one
     * comes back short (pages of the list use {@link SiteListings}, which counts).
     */
    List<MineSite> page(SiteSearch search, SiteVisibility visibility, java.time.LocalDate today,
            org.orepass.shared.PageQuery page);

    /** How many sites the map of this search shows, and their box. */
    SiteExtent mapExtent(SiteSearch search, SiteVisibility visibility, java.time.LocalDate today);

    /** At most {@code limit} sites as light points with their status as of {@code today}; no entity is loaded. */
    List<SitePoint> mapPoints(SiteSearch search, SiteVisibility visibility, java.time.LocalDate today, int limit);

    /** The sites counted per square cell of {@code cellDegrees}, by status as of {@code today}. */
    List<SiteCluster> mapClusters(SiteSearch search, SiteVisibility visibility, java.time.LocalDate today,
            double cellDegrees);

    boolean nationalIdTaken(String country, String nationalId, Long exceptId);

    /**
     * Sites whose recorded status has run out by {@code today}: green since before {@code greenSince}, blue
     * since before {@code blueSince}, yellow past its correction deadline.
     */
    List<MineSite> withStatusLimitPassed(java.time.LocalDate greenSince, java.time.LocalDate blueSince,
            java.time.LocalDate today);

    /** The ids of {@link #withStatusLimitPassed}, in id order: the status clock loads them a chunk at a time. */
    List<Long> idsWithStatusLimitPassed(java.time.LocalDate greenSince, java.time.LocalDate blueSince,
            java.time.LocalDate today);
}
