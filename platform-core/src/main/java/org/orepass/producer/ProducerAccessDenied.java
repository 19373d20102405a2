package org.orepass.producer;

import org.orepass.site.SiteAccessDenied;

/** The actor may not do this to a producer (answered 403 like every refusal by role). */
public class ProducerAccessDenied extends SiteAccessDenied {

    public ProducerAccessDenied(String what) {
        super(what);
    }
}
