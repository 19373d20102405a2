package org.orepass.site;

import org.orepass.site.internal.IcglrSequences;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.orepass.account.Actor;
import org.orepass.organisation.Organisation;
import org.orepass.organisation.Organisations;
import org.orepass.shared.DomainRuleViolation;
import org.orepass.shared.RuleChecks;
import org.orepass.shared.NotFoundException;
import org.orepass.shared.Versioned;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Inspectors (and administrators) register sites in their jurisdiction and keep them up to date. */
@Service
@Transactional
public class SiteRegistration {

    private final MineSites sites;
    private final IcglrSequences sequences;
    private final StatusChanges history;
    private final Organisations organisations;
    private final Clock clock;

    public SiteRegistration(MineSites sites, IcglrSequences sequences, StatusChanges history,
            Organisations organisations, Clock clock) {
        this.sites = sites;
        this.sequences = sequences;
        this.history = history;
        this.organisations = organisations;
        this.clock = clock;
    }

    public MineSite register(Actor actor, SiteDetails details) {
        return register(actor, details, null, null);
    }

    /**
     * Registers a site, optionally under an ICGLR id another registry already gave it (the ICGLR API): any id not
     * in use is kept as given (ids are opaque once minted; {@link IcglrId#says} tells whether it says this
     * location); for an id of this country the country's sequence moves past its number so the platform never
     * hands it out again. {@code polygon} is an optional GeoJSON outline.
     */
    public MineSite register(Actor actor, SiteDetails details, IcglrId givenIcglrId, String polygon) {
        var today = LocalDate.now(clock);
        // Validate before spending a number of the country's identifier sequence.
        var probe = validated(actor, details, today);
        probe.outline(polygon);
        IcglrId icglrId;
        if (givenIcglrId == null) {
            icglrId = IcglrId.mint(details.country(), probe.getLatitude(), probe.getLongitude(),
                    sequences.next(details.country()));
        } else {
            // Opaque once minted (issue 17): any id of the standard's pattern is kept as given, even one that
            // another registry wrote differently or that does not say this location (the API warns about that).
            icglrId = givenIcglrId;
            if (sites.findByIcglrId(icglrId).isPresent()) {
                throw new DomainRuleViolation("icglrId", "icglr.id.taken");
            }
            var number = icglrId.sequence();
            if (number.isPresent() && icglrId.country().equals(details.country())) {
                sequences.atLeast(details.country(), number.getAsInt());
            }
        }
        var site = sites.add(MineSite.register(icglrId, details, owner(details), operators(details), today,
                clock.instant()));
        site.outline(polygon);
        history.add(new StatusChange(site.getId(), today, null, SiteStatus.BLUE, StatusChangeReason.REGISTRATION,
                null, actor.username(), clock.instant()));
        return site;
    }

    /**
     * Every check {@link #register} makes, without saving anything or spending an identifier: bulk imports
     * validate a whole file this way before registering any of it.
     */
    @Transactional(readOnly = true)
    public void check(Actor actor, SiteDetails details) {
        validated(actor, details, LocalDate.now(clock));
    }

    private MineSite validated(Actor actor, SiteDetails details, LocalDate today) {
        if (!SiteAccess.mayRegisterIn(actor, details.country(), details.division())) {
            throw new SiteAccessDenied("register a site in " + details.country() + " " + details.division());
        }
        // Every problem at once (issue 16): a taken national id is refused with the form's own problems.
        var checks = new RuleChecks();
        checks.run(() -> requireUniqueNationalId(details, null));
        var owner = checks.value(() -> owner(details));
        var operators = checks.value(() -> operators(details));
        var site = checks.value(() -> MineSite.register(null, details, owner,
                operators == null ? Set.of() : operators, today, clock.instant()));
        checks.throwIfAny();
        return site;
    }

    public MineSite edit(Actor actor, Long id, long editedVersion, SiteDetails details) {
        var site = sites.findById(id).orElseThrow(() -> new NotFoundException("MineSite", id));
        return edit(actor, id, editedVersion, details, site.getPolygon());
    }

    /** Edits a site, outline included (null removes it). */
    public MineSite edit(Actor actor, Long id, long editedVersion, SiteDetails details, String polygon) {
        var site = sites.findById(id).orElseThrow(() -> new NotFoundException("MineSite", id));
        if (!SiteAccess.mayEdit(actor, site) || !SiteAccess.mayRegisterIn(actor, details.country(),
                details.division())) {
            throw new SiteAccessDenied("edit site " + site.getIcglrId());
        }
        Versioned.requireVersion("MineSite", id, site.getVersion(), editedVersion);
        var checks = new RuleChecks();
        checks.run(() -> requireSameCountryAndUniqueNationalId(site, details));
        var owner = checks.value(() -> owner(details));
        var operators = checks.value(() -> operators(details));
        if (checks.any()) {
            // The details' own problems too, without changing the site (issue 16: every problem at once).
            checks.run(() -> MineSite.register(null, details, owner, operators == null ? Set.of() : operators,
                    LocalDate.now(clock), clock.instant()));
            checks.throwIfAny();
        }
        site.describe(details, owner, operators);
        site.outline(polygon);
        return site;
    }

    /**
     * Checks a change as {@link #edit} would, without making it: an operator's proposal is checked when it is
     * made, so an inspector never reviews one that could not be saved. Authorisation is the caller's.
     */
    public void checkChange(MineSite site, SiteDetails details) {
        requireSameCountryAndUniqueNationalId(site, details);
        MineSite.register(null, details, owner(details), operators(details), LocalDate.now(clock),
                clock.instant());
    }

    private void requireSameCountryAndUniqueNationalId(MineSite site, SiteDetails details) {
        if (!site.getCountry().equals(details.country())) {
            // The ICGLR identifier carries the country; a site cannot move country, only be registered anew.
            throw new DomainRuleViolation("country", "site.country.fixed");
        }
        requireUniqueNationalId(details, site.getId());
    }

    private void requireUniqueNationalId(SiteDetails details, Long exceptId) {
        if (details.nationalId() != null && !details.nationalId().isBlank()
                && sites.nationalIdTaken(details.country(), details.nationalId().strip(), exceptId)) {
            throw new DomainRuleViolation("nationalId", "site.national-id.taken");
        }
    }

    private Organisation owner(SiteDetails details) {
        if (details.ownerId() == null) {
            return null;
        }
        return organisations.findById(details.ownerId())
                .orElseThrow(() -> new DomainRuleViolation("ownerId", "validation.required"));
    }

    private Set<Organisation> operators(SiteDetails details) {
        var result = new HashSet<Organisation>();
        for (Long id : details.operatorIds()) {
            result.add(organisations.findById(id)
                    .orElseThrow(() -> new DomainRuleViolation("operatorIds", "validation.required")));
        }
        return result;
    }
}
