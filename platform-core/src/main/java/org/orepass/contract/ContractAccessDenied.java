package org.orepass.contract;

import org.orepass.site.SiteAccessDenied;

/** The actor may not do this with contracts; a {@link SiteAccessDenied} so the existing 403 handling applies. */
public class ContractAccessDenied extends SiteAccessDenied {

    public ContractAccessDenied(String what) {
        super(what);
    }
}
