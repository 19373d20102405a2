package org.orepass.site;

/** The actor's role or jurisdiction does not cover this site; shown as the 403 page or a JSON 403. */
public class SiteAccessDenied extends RuntimeException {

    public SiteAccessDenied(String what) {
        super(what);
    }
}
