package org.orepass.sms;

import java.time.LocalDate;
import org.orepass.incident.AffectedPeople;
import org.orepass.incident.IncidentCategories;
import org.orepass.incident.IncidentDetails;

/** What a phone report files: the same details whether it came by SMS or USSD. */
final class PhoneReport {

    private PhoneReport() {
    }

    /**
     * The incident's details: severity by ITSCI's levels (an Annex II risk is level 1 until a verifier says
     * otherwise, anything else level 2), today's date (a phone report is about now; the verifier corrects it),
     * the registered site when one was picked, else the division and the place as typed; the text always treated
     * as sensitive, as on the public form.
     */
    static IncidentDetails details(IncidentCategories categories, SmsCategory kind, String country, String division,
            Long siteId, String place, String description, LocalDate today) {
        var category = categories.findByCode(kind.incidentCategoryCode())
                .orElseThrow(() -> new IllegalStateException("incident category " + kind.incidentCategoryCode()));
        int severity = category.isAnnexIi() ? 1 : 2;
        var locality = siteId != null || place == null ? null
                : place.length() > ReportDraft.MAX_PLACE ? place.substring(0, ReportDraft.MAX_PLACE) : place;
        return new IncidentDetails(category.getId(), severity, today, siteId, country, division, locality, null,
                description, true, AffectedPeople.NONE, null, null);
    }
}
