package org.orepass.legalhelp;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.orepass.account.Actor;
import org.orepass.account.Role;
import org.orepass.account.UserAccount;
import org.orepass.account.UserAccounts;
import org.orepass.attachment.UploadedFile;
import org.orepass.legalhelp.internal.CaseCount;
import org.orepass.legalhelp.internal.CaseDocumentSummary;
import org.orepass.legalhelp.internal.CaseDocuments;
import org.orepass.legalhelp.internal.CaseMessages;
import org.orepass.legalhelp.internal.Cases;
import org.orepass.legalhelp.internal.Providers;
import org.orepass.organisation.OrganisationType;
import org.orepass.organisation.Organisations;
import org.orepass.shared.DomainRuleViolation;
import org.orepass.shared.NotFoundException;
import org.orepass.shared.RuleChecks;
import org.orepass.shared.Text;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Confidential legal help (issue 24): a miner or a group asks a CSO offering legal help; a CSO helper files a case
 * for a miner who gives no name; the helper and the CSO's supervisors follow it with messages, documents, a status
 * and an outcome. Every read and write is checked here by {@link LegalCaseAccess}, so no page or API can skip it;
 * to anyone outside the case it does not exist.
 */
@Service
@Transactional
public class LegalHelp {

    static final int LIST_LIMIT = 200;
    static final int MAX_SUPERVISORS = 20;

    private final Providers providers;
    private final Cases cases;
    private final CaseMessages messages;
    private final CaseDocuments documents;
    private final Organisations organisations;
    private final UserAccounts accounts;
    private final Clock clock;
    private final long maxBytes;

    public LegalHelp(Providers providers, Cases cases, CaseMessages messages, CaseDocuments documents,
            Organisations organisations, UserAccounts accounts, Clock clock,
            @Value("${orepass.attachments.max-bytes:10485760}") long maxBytes) {
        this.providers = providers;
        this.cases = cases;
        this.messages = messages;
        this.documents = documents;
        this.organisations = organisations;
        this.accounts = accounts;
        this.clock = clock;
        this.maxBytes = maxBytes;
    }

    /** A CSO offering legal help, as the request form offers it. */
    public record ProviderRow(Long id, String name, String description, List<String> supervisors) {
    }

    /** The CSOs offering legal help (supervisors listed for administrators only). */
    @Transactional(readOnly = true)
    public List<ProviderRow> providers(Actor actor) {
        var admin = LegalCaseAccess.mayRegisterProviders(actor);
        return providers.all().stream()
                .map(p -> new ProviderRow(p.getOrganisationId(), organisationName(p.getOrganisationId()),
                        p.getDescription(), admin ? List.copyOf(new TreeSet<>(p.getSupervisors())) : List.of()))
                .toList();
    }

    /**
     * An administrator registers a CSO as offering legal help, or changes its description and supervisors: each a
     * CSO_MONITOR user of that CSO (by username, separated by commas or spaces).
     */
    public LegalHelpProvider registerProvider(Actor actor, Long organisationId, String description,
            String supervisorNames) {
        if (!LegalCaseAccess.mayRegisterProviders(actor)) {
            throw new LegalHelpAccessDenied("register legal-help providers");
        }
        var checks = new RuleChecks();
        var organisation = organisationId == null ? null : organisations.findById(organisationId).orElse(null);
        checks.refuseIf(organisation == null || organisation.getType() != OrganisationType.CSO
                || !organisation.isActive(), "organisationId", "legalhelp.provider.cso");
        var clean = description == null || description.isBlank() ? null : Text.clean(description).strip();
        checks.refuseIf(clean != null && clean.length() > 500, "description", "legalhelp.text.long", 500);
        var names = new TreeSet<String>();
        if (supervisorNames != null) {
            Arrays.stream(supervisorNames.split("[,\\s]+")).filter(s -> !s.isBlank())
                    .forEach(s -> names.add(s.strip().toLowerCase(Locale.ROOT)));
        }
        checks.refuseIf(names.isEmpty(), "supervisors", "legalhelp.provider.supervisors.required");
        checks.refuseIf(names.size() > MAX_SUPERVISORS, "supervisors", "legalhelp.text.long", MAX_SUPERVISORS);
        if (organisation != null && names.size() <= MAX_SUPERVISORS) {
            for (var name : names) {
                // Only what can be a username is looked up (no control characters or 10,000-letter names).
                var helper = !name.matches("[a-z0-9][a-z0-9._-]{1,59}") ? java.util.Optional.<UserAccount>empty()
                        : accounts.findByUsernameIgnoreCase(name)
                        .filter(u -> u.isActive() && u.hasRole(Role.CSO_MONITOR)
                                && u.getOrganisation().getId().equals(organisationId));
                checks.refuseIf(helper.isEmpty(), "supervisors", "legalhelp.provider.supervisors.unknown", name);
            }
        }
        checks.throwIfAny();
        var existing = providers.findById(organisationId);
        if (existing.isPresent()) {
            existing.get().describe(clean, names);
            return existing.get();
        }
        return providers.add(new LegalHelpProvider(organisationId, clean, names, actor.username(), clock.instant()));
    }

    /** A miner asks a CSO for help, for themselves or for their group; the first message says what about. */
    public LegalCase request(Actor actor, Long providerId, String subject, String message, boolean forGroup) {
        if (!LegalCaseAccess.mayRequest(actor)) {
            throw new LegalHelpAccessDenied("ask for legal help");
        }
        var checks = new RuleChecks();
        var provider = providerId == null ? null : providers.findById(providerId).orElse(null);
        checks.refuseIf(provider == null, "providerId", "legalhelp.provider.required");
        var cleanSubject = subject(checks, subject);
        var body = body(checks, "message", message);
        checks.throwIfAny();
        var legalCase = cases.add(LegalCase.requested(providerId, actor.username(), actor.organisationId(),
                forGroup, cleanSubject, clock.instant()));
        messages.add(new CaseMessage(legalCase.getId(), actor.username(), body, clock.instant()));
        return legalCase;
    }

    /** A helper of a CSO offering legal help files a case for a miner who gives no name to anyone else. */
    public LegalCase fileForMiner(Actor actor, String subject, String message) {
        var provider = actor.organisationId() == null ? null : providers.findById(actor.organisationId()).orElse(null);
        if (!LegalCaseAccess.mayFileViaCso(actor, provider)) {
            throw new LegalHelpAccessDenied("file legal-help cases for miners");
        }
        var checks = new RuleChecks();
        var cleanSubject = subject(checks, subject);
        var body = body(checks, "message", message);
        checks.throwIfAny();
        var legalCase = cases.add(LegalCase.viaCso(provider.getOrganisationId(), actor.username(), cleanSubject,
                clock.instant()));
        messages.add(new CaseMessage(legalCase.getId(), actor.username(), body, clock.instant()));
        return legalCase;
    }

    private static String subject(RuleChecks checks, String subject) {
        var clean = subject == null ? null : Text.clean(subject).strip();
        checks.refuseIf(clean == null || clean.isEmpty(), "subject", "legalhelp.subject.required");
        checks.refuseIf(clean != null && clean.length() > LegalCase.SUBJECT_LENGTH, "subject", "legalhelp.text.long",
                LegalCase.SUBJECT_LENGTH);
        return clean;
    }

    private static String body(RuleChecks checks, String field, String body) {
        var clean = body == null ? null : Text.clean(body).strip();
        checks.refuseIf(clean == null || clean.isEmpty(), field, "legalhelp.message.required");
        checks.refuseIf(clean != null && clean.length() > CaseMessage.BODY_LENGTH, field, "legalhelp.text.long",
                CaseMessage.BODY_LENGTH);
        return clean;
    }

    /** What may be offered to the actor on the legal-help page. */
    public record Abilities(boolean mayRequest, boolean mayFileForMiner, boolean mayCount, boolean mayRegister) {
    }

    @Transactional(readOnly = true)
    public Abilities abilities(Actor actor) {
        var provider = actor.organisationId() == null ? null : providers.findById(actor.organisationId()).orElse(null);
        return new Abilities(LegalCaseAccess.mayRequest(actor), LegalCaseAccess.mayFileViaCso(actor, provider),
                LegalCaseAccess.mayCount(actor), LegalCaseAccess.mayRegisterProviders(actor));
    }

    /** A line of the case list. */
    public record CaseRow(Long id, String subject, String provider, String requester, CaseStatus status,
            java.time.Instant openedAt) {
    }

    /** The cases the actor may read: asked by them, assigned to them, or of the CSO they supervise. */
    @Transactional(readOnly = true)
    public List<CaseRow> cases(Actor actor) {
        var found = new java.util.LinkedHashMap<Long, LegalCase>();
        cases.ofRequester(actor.username(), LIST_LIMIT).forEach(c -> found.put(c.getId(), c));
        if (actor.has(Role.CSO_MONITOR) && actor.organisationId() != null) {
            var provider = providers.findById(actor.organisationId());
            if (provider.isPresent() && LegalCaseAccess.isSupervisor(actor, provider.get())) {
                cases.ofProvider(actor.organisationId(), LIST_LIMIT).forEach(c -> found.put(c.getId(), c));
            } else if (provider.isPresent()) {
                cases.ofHelper(actor.organisationId(), actor.username(), LIST_LIMIT)
                        .forEach(c -> found.put(c.getId(), c));
            }
        }
        return found.values().stream()
                .sorted((a, b) -> Long.compare(b.getId(), a.getId()))
                .map(c -> new CaseRow(c.getId(), c.getSubject(), organisationName(c.getProviderId()), requesterText(c),
                        c.getStatus(), c.getOpenedAt()))
                .toList();
    }

    /**
     * Who asked, as the case shows it: the requester's name (and group), or, for a case filed by a CSO for a
     * miner, nothing but the CSO ("a miner via ..."), rendered by the page from {@link Requester}.
     */
    public record Requester(boolean viaCso, String name, String group, String cso) {
    }

    private String requesterText(LegalCase c) {
        var r = requesterOf(c);
        return r.viaCso() ? null : r.group() != null ? r.name() + " (" + r.group() + ")" : r.name();
    }

    private Requester requesterOf(LegalCase c) {
        if (c.isViaCso()) {
            return new Requester(true, null, null, organisationName(c.getProviderId()));
        }
        var name = accounts.findByUsernameIgnoreCase(c.getRequesterUsername()).map(u -> u.getFullName())
                .orElse(c.getRequesterUsername());
        var group = c.isForGroup() && c.getRequesterOrganisationId() != null
                ? organisationName(c.getRequesterOrganisationId()) : null;
        return new Requester(false, name, group, organisationName(c.getProviderId()));
    }

    /** A message as the case shows it: its author's name, or "the miner's helper" for the CSO's side. */
    public record MessageRow(String author, boolean fromRequester, String body, java.time.Instant writtenAt) {
    }

    /** What the case page shows. */
    public record CaseView(LegalCase legalCase, String provider, Requester requester, String helper,
            List<MessageRow> messages, List<CaseDocumentSummary> documents, List<String> helpers,
            boolean mayWrite, boolean mayAssign, boolean mayDecide, long maxMegabytes) {
    }

    @Transactional(readOnly = true)
    public CaseView view(Actor actor, Long id) {
        var legalCase = visible(actor, id);
        var provider = providerOf(legalCase);
        var rows = new ArrayList<MessageRow>();
        for (var m : messages.ofCase(id)) {
            var fromRequester = m.getAuthor().equals(legalCase.getRequesterUsername());
            rows.add(new MessageRow(fullName(m.getAuthor()), fromRequester, m.getBody(), m.getWrittenAt()));
        }
        var mayAssign = LegalCaseAccess.mayAssign(actor, provider) && legalCase.getStatus() != CaseStatus.CLOSED;
        return new CaseView(legalCase, organisationName(legalCase.getProviderId()), requesterOf(legalCase),
                legalCase.getHelperUsername() == null ? null : fullName(legalCase.getHelperUsername()), rows,
                documents.summariesOf(id),
                mayAssign ? providers.helpersOf(provider.getOrganisationId()) : List.of(),
                LegalCaseAccess.mayWrite(actor, legalCase, provider), mayAssign,
                LegalCaseAccess.mayDecide(actor, legalCase, provider), UploadedFile.megabytes(maxBytes));
    }

    /** A message on an open case, by the requester, the helper or a supervisor. */
    public CaseMessage write(Actor actor, Long id, String body) {
        var legalCase = writable(actor, id);
        var checks = new RuleChecks();
        var clean = body(checks, "body", body);
        checks.throwIfAny();
        return messages.add(new CaseMessage(legalCase.getId(), actor.username(), clean, clock.instant()));
    }

    /** A document on an open case, checked like every upload. */
    public CaseDocument attach(Actor actor, Long id, String fileName, byte[] content) {
        var legalCase = writable(actor, id);
        var file = UploadedFile.check(fileName, content, maxBytes, "attachment");
        return documents.add(new CaseDocument(legalCase.getId(), file, actor.username(), clock.instant()));
    }

    @Transactional(readOnly = true)
    public CaseDocument download(Actor actor, Long id, Long documentId) {
        visible(actor, id);
        return documents.findById(documentId).filter(d -> d.getCaseId().equals(id))
                .orElseThrow(() -> new NotFoundException("CaseDocument", documentId));
    }

    /** A supervisor assigns the case to one of the CSO's helpers. */
    public LegalCase assign(Actor actor, Long id, String helper) {
        var legalCase = visible(actor, id);
        var provider = providerOf(legalCase);
        if (!LegalCaseAccess.mayAssign(actor, provider)) {
            throw new LegalHelpAccessDenied("assign legal-help case " + id);
        }
        if (legalCase.getStatus() == CaseStatus.CLOSED) {
            throw new DomainRuleViolation("helper", "legalhelp.closed");
        }
        var name = helper == null ? "" : helper.strip().toLowerCase(Locale.ROOT);
        if (!providers.helpersOf(provider.getOrganisationId()).contains(name)) {
            throw new DomainRuleViolation("helper", "legalhelp.helper.unknown");
        }
        legalCase.assign(name);
        return legalCase;
    }

    /** The helper or a supervisor changes the status; closing needs the outcome. */
    public LegalCase decide(Actor actor, Long id, CaseStatus status, String outcome) {
        var legalCase = visible(actor, id);
        if (!LegalCaseAccess.mayDecide(actor, legalCase, providerOf(legalCase))) {
            throw new LegalHelpAccessDenied("change legal-help case " + id);
        }
        var checks = new RuleChecks();
        checks.refuseIf(status == null, "status", "legalhelp.status.required");
        var clean = outcome == null || outcome.isBlank() ? null : Text.clean(outcome).strip();
        checks.refuseIf(status == CaseStatus.CLOSED && clean == null, "outcome", "legalhelp.outcome.required");
        checks.refuseIf(clean != null && clean.length() > LegalCase.OUTCOME_LENGTH, "outcome", "legalhelp.text.long",
                LegalCase.OUTCOME_LENGTH);
        checks.throwIfAny();
        legalCase.changeStatus(status, clean, clock.instant());
        return legalCase;
    }

    /** How many cases each CSO has in each status: all administrators and auditors learn of cases. */
    public record CountRow(String provider, long open, long inProgress, long closed) {
    }

    @Transactional(readOnly = true)
    public List<CountRow> counts(Actor actor) {
        if (!LegalCaseAccess.mayCount(actor)) {
            throw new LegalHelpAccessDenied("count legal-help cases");
        }
        Map<Long, List<CaseCount>> byProvider = cases.counts().stream()
                .collect(Collectors.groupingBy(CaseCount::providerId));
        return providers.all().stream().map(p -> {
            var counts = byProvider.getOrDefault(p.getOrganisationId(), List.of());
            return new CountRow(organisationName(p.getOrganisationId()), count(counts, CaseStatus.OPEN),
                    count(counts, CaseStatus.IN_PROGRESS), count(counts, CaseStatus.CLOSED));
        }).toList();
    }

    private static long count(List<CaseCount> counts, CaseStatus status) {
        return counts.stream().filter(c -> c.status() == status).mapToLong(CaseCount::cases).sum();
    }

    private LegalCase writable(Actor actor, Long id) {
        var legalCase = visible(actor, id);
        if (!LegalCaseAccess.mayWrite(actor, legalCase, providerOf(legalCase))) {
            throw new DomainRuleViolation("body", "legalhelp.closed");
        }
        return legalCase;
    }

    /** The case, or "not found" for anyone who may not read it: its existence is not confirmed to them. */
    private LegalCase visible(Actor actor, Long id) {
        var legalCase = cases.findById(id).orElseThrow(() -> new NotFoundException("LegalCase", id));
        if (!LegalCaseAccess.maySee(actor, legalCase, providerOf(legalCase))) {
            throw new NotFoundException("LegalCase", id);
        }
        return legalCase;
    }

    private LegalHelpProvider providerOf(LegalCase legalCase) {
        return providers.findById(legalCase.getProviderId())
                .orElseThrow(() -> new NotFoundException("LegalHelpProvider", legalCase.getProviderId()));
    }

    private String organisationName(Long id) {
        return id == null ? null : organisations.findById(id).map(o -> o.getName()).orElse("?");
    }

    private String fullName(String username) {
        return accounts.findByUsernameIgnoreCase(username).map(u -> u.getFullName()).orElse(username);
    }
}
