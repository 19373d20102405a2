package org.orepass.incident;

/**
 * Published when a verified level-1 Annex II incident opens a review at its site, inside that transaction (after
 * the review and the inspectors' notification are added). The alert feature listens with a plain
 * {@code @EventListener} to tell the holders of the site's lots, in the same transaction (docs/alerts.md).
 */
public record SiteUnderReviewOpened(long incidentId, long siteId) {
}
