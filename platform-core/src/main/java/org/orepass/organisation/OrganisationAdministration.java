package org.orepass.organisation;

import java.time.Clock;
import org.orepass.shared.DomainRuleViolation;
import org.orepass.shared.NotFoundException;
import org.orepass.shared.Versioned;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** An administrator registers, edits, deactivates and reactivates organisations. */
@Service
@Transactional
public class OrganisationAdministration {

    private final Organisations organisations;
    private final Clock clock;

    private final org.springframework.context.ApplicationEventPublisher events;

    public OrganisationAdministration(Organisations organisations, Clock clock,
            org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.organisations = organisations;
        this.clock = clock;
    }

    public Organisation register(OrganisationDetails details) {
        requireUniqueName(details, null);
        return organisations.add(Organisation.register(details, clock.instant()));
    }

    public Organisation edit(Long id, long editedVersion, OrganisationDetails details) {
        var organisation = get(id);
        Versioned.requireVersion("Organisation", id, organisation.getVersion(), editedVersion);
        requireUniqueName(details, id);
        organisation.describe(details, clock.instant());
        events.publishEvent(new OrganisationDescribed(id));
        return organisation;
    }

    /** Records a smelter's or refiner's RMI identifier, audit status and address; one identifier, one organisation. */
    public Organisation profileSmelter(Long id, long editedVersion, SmelterProfile profile) {
        var organisation = get(id);
        Versioned.requireVersion("Organisation", id, organisation.getVersion(), editedVersion);
        // Asked before the entity changes, so the query's flush never meets the unique index first.
        SmelterId wanted = null;
        try {
            wanted = SmelterId.typed("smelterId", profile.smelterId());
        } catch (DomainRuleViolation badFormat) {
            // profileSmelter refuses it below, with every other problem of the form
        }
        if (wanted != null && organisations.smelterIdTaken(wanted, id)) {
            throw new DomainRuleViolation("smelterId", "smelter.id.taken");
        }
        organisation.profileSmelter(profile, java.time.LocalDate.now(clock), clock.instant());
        events.publishEvent(new OrganisationDescribed(id));
        return organisation;
    }

    public Organisation setActive(Long id, long editedVersion, boolean active) {
        var organisation = get(id);
        Versioned.requireVersion("Organisation", id, organisation.getVersion(), editedVersion);
        if (active) {
            organisation.reactivate(clock.instant());
        } else {
            organisation.deactivate(clock.instant());
        }
        return organisation;
    }

    @Transactional(readOnly = true)
    public Organisation get(Long id) {
        return organisations.findById(id).orElseThrow(() -> new NotFoundException("Organisation", id));
    }

    private void requireUniqueName(OrganisationDetails details, Long exceptId) {
        if (details.name() != null && details.country() != null
                && organisations.nameTaken(details.country(), details.name().strip(), exceptId)) {
            throw new DomainRuleViolation("name", "organisation.name.taken");
        }
    }
}
