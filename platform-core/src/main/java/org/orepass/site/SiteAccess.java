package org.orepass.site;

import org.orepass.account.Actor;
import org.orepass.account.Role;

/**
 * Who may see and change which site. Inspectors register, edit and inspect in their jurisdiction; operators
 * see their own organisation's sites; CSO monitors, auditors and inspectors read all; administrators do
 * everything. Exporters and operators also read a site their organisation sourced from (custody records say so:
 * {@link SiteSourcing}).
 */
public final class SiteAccess {

    private SiteAccess() {
    }

    public static boolean mayRegisterIn(Actor actor, String country, String division) {
        return actor.has(Role.ADMIN) || actor.inspectsIn(country, division);
    }

    public static boolean mayEdit(Actor actor, MineSite site) {
        return mayRegisterIn(actor, site.getCountry(), site.getDivision());
    }

    public static boolean mayInspect(Actor actor, MineSite site) {
        return actor.inspectsIn(site.getCountry(), site.getDivision());
    }

    public static boolean maySee(Actor actor, MineSite site) {
        return actor.has(Role.ADMIN) || actor.has(Role.INSPECTOR) || actor.has(Role.CSO_MONITOR)
                || actor.has(Role.AUDITOR)
                || (actor.has(Role.OPERATOR) && site.isOperatedBy(actor.organisationId()));
    }

    /** Who may read a site because its minerals reached their organisation (checked against custody records). */
    public static boolean maySeeAsSupplied(Actor actor) {
        return actor.has(Role.EXPORTER) || actor.has(Role.OPERATOR);
    }
}
