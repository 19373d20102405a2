package org.orepass.revenue.internal;

import org.orepass.site.SiteAccessDenied;

/** The actor's role or jurisdiction does not cover this tax; a {@link SiteAccessDenied} so the 403 page applies. */
public class RevenueAccessDenied extends SiteAccessDenied {

    public RevenueAccessDenied(String what) {
        super(what);
    }
}
