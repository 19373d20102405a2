package org.orepass.risk.internal;

import org.orepass.site.SiteAccessDenied;

/** The actor may not do this risk step; a {@link SiteAccessDenied} so the existing 403 handling applies. */
public class RiskAccessDenied extends SiteAccessDenied {

    public RiskAccessDenied(String what) {
        super(what);
    }
}
