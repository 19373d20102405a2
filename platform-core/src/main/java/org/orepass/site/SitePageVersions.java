package org.orepass.site;

/**
 * The version of everything a mine-site page shows: the site, its licences, minerals, operators and capacities, its
 * status history, inspections with their actions and files, change proposals and incident reviews, and the owner's
 * name. The database moves it on with every change to any of them (triggers, {@code V113}), whichever module, node
 * or job writes, so a page kept for one version is never shown for another (issue 15, web {@code KeptSitePages}).
 */
public interface SitePageVersions {

    /** The current version; 0 for a site never changed since the version was introduced. */
    long of(long siteId);
}
