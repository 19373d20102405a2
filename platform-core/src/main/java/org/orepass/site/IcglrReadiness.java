package org.orepass.site;

import org.orepass.organisation.OrganisationDescribed;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps {@link MineSite#isIcglrReady()} true to the owners' and operators' contact details: when an organisation
 * is described anew, its sites are judged again in the same transaction.
 */
@Component
class IcglrReadiness {

    private final MineSites sites;

    IcglrReadiness(MineSites sites) {
        this.sites = sites;
    }

    @EventListener
    void on(OrganisationDescribed event) {
        sites.ownedOrOperatedBy(event.organisationId()).forEach(MineSite::refreshIcglrReadiness);
    }
}
