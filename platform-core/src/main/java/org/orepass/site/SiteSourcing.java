package org.orepass.site;

/**
 * Whether minerals from a site reached an organisation through the custody records (a port; persistence walks the
 * lots produced at the site forward). Exporters and traders may read the sites they source from: that is the due
 * diligence they must do, and the sites their lot pages link to.
 */
public interface SiteSourcing {

    boolean supplied(long siteId, long organisationId);
}
