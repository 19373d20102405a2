package org.orepass.incident.internal;

import org.orepass.site.SiteAccessDenied;

/** The actor's role or place does not allow this; a {@link SiteAccessDenied} so the existing 403 page applies. */
public class IncidentAccessDenied extends SiteAccessDenied {

    public IncidentAccessDenied(String what) {
        super(what);
    }
}
