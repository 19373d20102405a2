package org.orepass.legalhelp;

import org.orepass.site.SiteAccessDenied;

/** The actor may not do this; a {@link SiteAccessDenied} so the existing 403 handling applies. */
public class LegalHelpAccessDenied extends SiteAccessDenied {

    public LegalHelpAccessDenied(String what) {
        super(what);
    }
}
