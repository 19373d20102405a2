package org.orepass.custody;

import org.orepass.site.SiteAccessDenied;

/** The actor may not do this custody step; a {@link SiteAccessDenied} so the existing 403 handling applies. */
public class CustodyAccessDenied extends SiteAccessDenied {

    public CustodyAccessDenied(String what) {
        super(what);
    }
}
