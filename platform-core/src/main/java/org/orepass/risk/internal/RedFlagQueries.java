package org.orepass.risk.internal;

import org.orepass.risk.RiskAssessing;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.orepass.custody.AnomalyKind;
import java.util.Optional;
import org.orepass.site.RedCause;
import org.orepass.site.SiteStatus;
import org.orepass.site.SiteStatusRules;
import org.orepass.site.StatusChangeReason;

/** The data red flags are computed from, read with plain SQL (a port; persistence implements it). */
public interface RedFlagQueries {

    /**
     * A mine site with where it is and its status as last recorded (read as of today with SiteStatusRules), why it
     * has it, and which critical criteria its latest inspection found breached (armed groups, illegal security
     * forces), so a red site's flag can say which Annex II risks its red is about.
     */
    record SitePlace(long id, String name, String country, String division, SiteStatus status, LocalDate since,
            LocalDate correctionDeadline, StatusChangeReason statusReason, boolean armedGroups,
            boolean securityForces) {

        public SitePlace(long id, String name, String country, String division, SiteStatus status, LocalDate since,
                LocalDate correctionDeadline) {
            this(id, name, country, division, status, since, correctionDeadline, StatusChangeReason.REGISTRATION,
                    false, false);
        }

        /** Why the site is red on the day, as {@code MineSite.redCauseOn} says; empty if it is not red. */
        public Optional<RedCause> redCauseOn(LocalDate today) {
            var transitions = SiteStatusRules.transitions(status, since, correctionDeadline, today);
            if (transitions.isEmpty()) {
                return status == SiteStatus.RED ? Optional.of(RedCause.of(statusReason)) : Optional.empty();
            }
            var last = transitions.get(transitions.size() - 1);
            return last.to() == SiteStatus.RED ? Optional.of(RedCause.of(last.reason())) : Optional.empty();
        }
    }

    /** A recorded custody anomaly of a site. */
    record SiteAnomaly(long id, AnomalyKind kind, long siteId, String tagNumber, Instant recordedAt) {
    }

    /** A transport of a lot through an ISO 3166-2 division (custody operation TRANSPORTATION, via). */
    record Transit(long lotId, String lotNumber, String division, LocalDate on) {
    }

    List<SitePlace> sites(Collection<Long> siteIds);

    /** Transports through a division of the given lots or of any lot upstream of them, oldest first. */
    List<Transit> transits(Collection<Long> lotIds);

    List<SiteAnomaly> anomalies(Collection<Long> siteIds);

    /** The buyer's purchase lots received from the supplier, newest first, at most {@code limit}. */
    List<Long> lotsReceivedFrom(long buyerOrgId, long supplierOrgId, int limit);

    /** The lots the organisation came to hold since the instant (production, purchases...). */
    List<Long> lotsHeldSince(long organisationId, Instant since);

    /** The name of an organisation, or null. */
    String organisationName(long organisationId);

    /** The lot number of a lot, or null. */
    String lotNumber(long lotId);

    /** The sites the organisation operates or sourced from (custody records), for the assessment form. */
    List<RiskAssessing.Option> sitesSourcedBy(long organisationId);
}
