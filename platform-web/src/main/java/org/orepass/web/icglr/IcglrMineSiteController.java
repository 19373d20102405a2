package org.orepass.web.icglr;

import org.orepass.account.Actor;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.orepass.geography.Countries;
import org.orepass.shared.DomainRuleViolation;
import org.orepass.shared.PageQuery;
import org.orepass.shared.StaleEditException;
import org.orepass.site.ActivityStatus;
import org.orepass.site.IcglrId;
import org.orepass.site.IcglrSupplement;
import org.orepass.site.MineSite;
import org.orepass.site.Mineral;
import org.orepass.site.SiteQueries;
import org.orepass.site.SiteRegistration;
import org.orepass.site.SiteSearch;
import org.orepass.site.SiteStatus;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The ICGLR standard's mine-site endpoints (openapi.yaml, MD.01) over the registry, with the same rules as the
 * pages: a list shows what the caller may see, inspectors register and edit in their jurisdiction. Only sites in
 * ICGLR member states with a national id ({@link org.orepass.site.IcglrExchange}) are served; what the registry
 * lacks of a party (an owner, its contact details) is left out of the document and named in its {@code warnings}
 * (an extra property, which the schema allows). Updates need the
 * ETag of the version they were based on in {@code If-Match}, so two clients never overwrite each other unseen.
 */
@RestController
@RequestMapping("/api/icglr/v1/mine-sites")
class IcglrMineSiteController {

    private static final String INSPECTIONS_NOT_HERE = "inspections and status changes are recorded by an inspector "
            + "of the site's jurisdiction on the platform (the inspection rules apply); send them as you read them";

    private final SiteQueries queries;
    private final SiteRegistration registration;
    private final MineSiteDocuments documents;
    private final MineSiteInput input;
    private final IcglrSchemas schemas;
    private final MessageSource messages;
    private final JsonMapper json;
    private final IcglrSupplementStore store;
    private final TransactionTemplate transactions;

    /**
     * What the registry models of an MD.01 document (or computes: status, history, licence status and covered
     * commodities); everything else the document carries is kept as its supplement and served back.
     */
    static final List<String> MODELLED = List.of("icglrId", "addressCountry", "nationalId", "certificationStatus",
            "activityStatus", "mineSiteLocation.geolocalization",
            "mineSiteLocation.localGeographicDesignation.country",
            "mineSiteLocation.localGeographicDesignation.subnationalDivisionL1",
            "mineSiteLocation.localGeographicDesignation.addressLocalityText", "mineSiteLocation.polygon",
            "mineSiteLocation.altitude", "mineral", "license[*].licenseType", "license[*].licenseId",
            "license[*].grantedDate", "license[*].expiringDate", "license[*].licenseStatus",
            "license[*].coveredCommodities", "owner", "operator", "inspection", "statusChange", "name", "miningType",
            "formalisationStage", "locationConfirmed", "warnings");

    IcglrMineSiteController(SiteQueries queries, SiteRegistration registration, MineSiteDocuments documents,
            MineSiteInput input, IcglrSchemas schemas, MessageSource messages, JsonMapper json,
            IcglrSupplementStore store, PlatformTransactionManager transactionManager) {
        this.store = store;
        this.transactions = new TransactionTemplate(transactionManager);
        this.queries = queries;
        this.registration = registration;
        this.documents = documents;
        this.input = input;
        this.schemas = schemas;
        this.messages = messages;
        this.json = json;
    }

    @GetMapping
    ObjectNode list(@RequestParam(required = false) String addressCountry,
            @RequestParam(required = false) String certificationStatus,
            @RequestParam(required = false) String activityStatus, @RequestParam(required = false) String mineral,
            @RequestParam(required = false) String page, @RequestParam(required = false) String limit,
            Locale locale, Actor actor) {
        var filters = new ListFilters(addressCountry, certificationStatus, activityStatus, mineral, page, limit);
        var search = filters.search();
        var result = queries.exchangeable(actor, search,
                new PageQuery(filters.page() - 1, filters.limit()));
        var today = queries.today();
        var body = json.createObjectNode();
        var data = body.putArray("data");
        var supplements = store.of(IcglrSupplement.SITE, result.items().stream().map(site -> site.getIcglrId().value()).toList());
        result.items().forEach(site -> data.add(warned(MineSiteDocuments.withLicenceOwners(
                IcglrSupplementStore.fill(documents.summary(site, today), supplements.get(site.getIcglrId().value()))),
                locale)));
        body.putObject("pagination")
                .put("page", filters.page())
                .put("limit", filters.limit())
                .put("total", result.total())
                .put("totalPages", result.totalPages())
                .put("hasNext", result.hasNext())
                .put("hasPrevious", result.hasPrevious());
        return body;
    }

    @GetMapping("/{icglrId}")
    ResponseEntity<ObjectNode> one(@PathVariable String icglrId, Locale locale, Actor actor) {
        var file = queries.exchangeableFile(actor, IcglrCodes.identifier(icglrId))
                .orElseThrow(IcglrRequestRejected::notFound);
        return ResponseEntity.ok().eTag(etag(file.site()))
                .body(warned(MineSiteDocuments.withLicenceOwners(store.fill(documents.full(file.site(),
                        queries.today(), file.inspections(), file.history()), IcglrSupplement.SITE,
                        file.site().getIcglrId().value())), locale));
    }

    @PostMapping
    ResponseEntity<ObjectNode> create(@RequestBody JsonNode document, Locale locale, Actor actor) {
        // The standard requires icglrId; a client that has none may leave it out and the registry assigns one.
        var givenIcglrId = document != null && document.path("icglrId").isString()
                ? document.path("icglrId").asString() : null;
        if (document != null && document.isObject() && !document.has("icglrId")) {
            var checked = ((ObjectNode) document).deepCopy();
            checked.put("icglrId", "ZZ-+0.0000+0.0000-0");
            requireValid(checked);
        } else {
            requireValid(document);
        }
        if (!(document.path("certificationStatus").asInt(-1) == SiteStatus.BLUE.icglrCode())) {
            throw IcglrRequestRejected.invalid("certificationStatus",
                    "a new site is blue (0); its status then follows its inspections");
        }
        // Inspections and status changes are recorded by an inspector through the inspection rules (the colour
        // follows the facts, a lenient colour needs a second inspector), never imported with a site.
        if (!document.path("inspection").isMissingNode() && !document.path("inspection").isEmpty()) {
            throw IcglrRequestRejected.invalid("inspection", INSPECTIONS_NOT_HERE);
        }
        for (var change : document.path("statusChange")) {
            if (change.path("newStatus").asInt(-1) != SiteStatus.BLUE.icglrCode()) {
                throw IcglrRequestRejected.invalid("statusChange", INSPECTIONS_NOT_HERE);
            }
        }
        var read = input.read(document, null);
        MineSite site;
        try {
            // The site and what its document carries beyond the registry's fields, in one transaction.
            site = transactions.execute(status -> {
                var registered = registration.register(actor, read.details(),
                        IcglrId.typed("icglrId", givenIcglrId), read.polygon());
                refuseConflicts(document, documents.summary(registered, queries.today()));
                store.keep(IcglrSupplement.SITE, registered.getIcglrId().value(),
                        IcglrSupplementStore.extract(document, MODELLED), actor.username());
                return registered;
            });
        } catch (DomainRuleViolation violation) {
            if ("icglr.id.taken".equals(violation.messageKey())) {
                throw new IcglrRequestRejected(409, "CONFLICT", "Resource already exists", List.of(
                        new IcglrProblem("icglrId", message(violation, locale))));
            }
            if ("site.national-id.taken".equals(violation.messageKey())) {
                // The site is already registered (under its national id): the standard's Conflict.
                throw new IcglrRequestRejected(409, "CONFLICT", "Resource already exists", List.of(
                        new IcglrProblem("nationalId", message(violation, locale))));
            }
            throw IcglrRequestRejected.invalid(IcglrFields.of(violation.field()), message(violation, locale));
        }
        var file = queries.exchangeableFile(actor, site.getIcglrId().value());
        var body = file.map(f -> documents.full(f.site(), queries.today(), f.inspections(), f.history()))
                .orElseGet(() -> documents.summary(site, queries.today()));
        MineSiteDocuments.withLicenceOwners(store.fill(body, IcglrSupplement.SITE, site.getIcglrId().value()));
        if (IcglrId.parse(givenIcglrId).filter(given -> !given.says(site.getCountry(), read.details().latitude(),
                read.details().longitude())).isPresent()) {
            // Ids are opaque once minted: kept as given, with a word that it does not say this place.
            body.putArray("warnings").addObject().put("field", "icglrId").put("reason",
                    messages.getMessage("icglr.id.mismatch", null, "icglr.id.mismatch", locale));
        }
        warned(body, locale);
        return ResponseEntity.created(URI.create("/api/icglr/v1/mine-sites/" + site.getIcglrId()))
                .eTag(etag(site)).body(body);
    }

    @PutMapping("/{icglrId}")
    ResponseEntity<ObjectNode> update(@PathVariable String icglrId, @RequestBody JsonNode document,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, Locale locale, Actor actor) {
        icglrId = IcglrCodes.identifier(icglrId);
        var file = queries.exchangeableFile(actor, icglrId).orElseThrow(IcglrRequestRejected::notFound);
        if (ifMatch == null) {
            throw new IcglrRequestRejected(HttpStatus.PRECONDITION_REQUIRED.value(), "PRECONDITION_REQUIRED",
                    "Send the ETag of the version you edited in If-Match", List.of());
        }
        // A document sent back as it was read may lack what the registry lacks (a party's contact details).
        requireValid(document, MineSiteDocuments.withoutContactDetails(MineSiteDocuments.withLicenceOwners(
                store.fill(documents.summary(file.site(), queries.today()), IcglrSupplement.SITE, icglrId))));
        if (!icglrId.equals(IcglrCodes.identifier(document.path("icglrId").asString()))) {
            throw IcglrRequestRejected.invalid("icglrId", "must be the identifier in the path; it never changes");
        }
        var site = file.site();
        if (document.path("certificationStatus").asInt(-1) != site.statusOn(queries.today()).icglrCode()) {
            throw IcglrRequestRejected.invalid("certificationStatus",
                    "the status follows inspections and cannot be set here; send the current one");
        }
        // What a client read may come back unchanged; an added or altered inspection or status change may not.
        var recorded = json.readTree(documents.full(site, queries.today(), file.inspections(), file.history())
                .toString());
        for (var field : List.of("inspection", "statusChange")) {
            if (document.has(field) && !document.get(field).equals(recorded.path(field))) {
                throw IcglrRequestRejected.invalid(field, INSPECTIONS_NOT_HERE);
            }
        }
        var read = input.read(document, site);
        try {
            var id = icglrId;
            transactions.executeWithoutResult(status -> {
                registration.edit(actor, site.getId(), version(ifMatch), read.details(), read.polygon());
                refuseConflicts(document, documents.summary(queries.file(actor, site.getId()).site(),
                        queries.today()));
                store.keep(IcglrSupplement.SITE, id, IcglrSupplementStore.extract(document, MODELLED),
                        actor.username());
            });
        } catch (StaleEditException stale) {
            throw new IcglrRequestRejected(HttpStatus.PRECONDITION_FAILED.value(), "PRECONDITION_FAILED",
                    "The site changed since that version; fetch it again and reapply your change", List.of());
        } catch (DomainRuleViolation violation) {
            throw IcglrRequestRejected.invalid(IcglrFields.of(violation.field()), message(violation, locale));
        }
        var updated = queries.exchangeableFile(actor, icglrId);
        if (updated.isEmpty()) {
            // Not reached through this endpoint today: only a member state and a national id keep a site out
            // (IcglrExchange.missing), and the schema requires both. Should a rule ever unpublish a site on
            // update, the change is saved and the answer says there is no document to return.
            return ResponseEntity.noContent().build();
        }
        var f = updated.get();
        return ResponseEntity.ok().eTag(etag(f.site()))
                .body(warned(MineSiteDocuments.withLicenceOwners(store.fill(documents.full(f.site(),
                        queries.today(), f.inspections(), f.history()), IcglrSupplement.SITE, icglrId)), locale));
    }

    /**
     * Issue 17, omit the field, never the document: a missing owner, and each party served without its contact
     * details, is named in the document's {@code warnings}, after any the answer already carries.
     */
    private ObjectNode warned(ObjectNode document, Locale locale) {
        var without = MineSiteDocuments.withoutContactDetails(document);
        if (!without.isEmpty() || !document.has("owner")) {
            var warnings = document.get("warnings") instanceof tools.jackson.databind.node.ArrayNode existing
                    ? existing : document.putArray("warnings");
            if (!document.has("owner")) {
                // MD.01 requires an owner; a site the registry knows without one is served without the field.
                warnings.addObject().put("field", "owner").put("reason", messages.getMessage(
                        "icglr.warning.owner-omitted", null, "icglr.warning.owner-omitted", locale));
            }
            var reason = messages.getMessage("icglr.warning.contact-details-omitted", null,
                    "icglr.warning.contact-details-omitted", locale);
            without.forEach(field -> warnings.addObject().put("field", field).put("reason", reason));
        }
        return document;
    }

    /** Values the platform assigns, sent different: 409 naming each, and the transaction rolls back. */
    private static void refuseConflicts(JsonNode sent, JsonNode served) {
        var conflicts = AssignedFieldConflicts.site(sent, served);
        if (!conflicts.isEmpty()) {
            throw new IcglrRequestRejected(409, "CONFLICT", "The site says what the platform's record does not;"
                    + " nothing was saved", conflicts);
        }
    }

    private void requireValid(JsonNode document) {
        requireValid(document, List.of());
    }

    /** Checked against MD.01, forgiving the absence of {@code mayLack} (fields the registry itself lacks). */
    private void requireValid(JsonNode document, List<String> mayLack) {
        if (document == null || !document.isObject()) {
            throw IcglrRequestRejected.invalid("", "the body must be a JSON object: an MD.01 Mine Site");
        }
        var problems = new java.util.ArrayList<>(schemas.check(IcglrSchemas.MINE_SITE, document));
        problems.removeIf(problem -> mayLack.contains(problem.field()) && document.at("/" + problem.field()
                .replace("[", ".").replace("]", "").replace('.', '/')).isMissingNode());
        problems.addAll(IcglrLimits.check(IcglrLimits.MINE_SITE, document));
        if (!problems.isEmpty()) {
            throw IcglrRequestRejected.invalid(problems);
        }
    }

    private String message(DomainRuleViolation violation, Locale locale) {
        return messages.getMessage(violation.messageKey(), violation.arguments(), violation.messageKey(), locale);
    }

    private static String etag(MineSite site) {
        return "\"" + site.getVersion() + "\"";
    }

    private static long version(String ifMatch) {
        var digits = ifMatch.replace("W/", "").replace("\"", "").strip();
        try {
            return Long.parseLong(digits);
        } catch (NumberFormatException e) {
            throw IcglrRequestRejected.invalid("If-Match", "an ETag this API gave, such as \"3\"");
        }
    }

    /** The list's query parameters, checked as the OpenAPI description states them. */
    record ListFilters(String addressCountry, String certificationStatus, String activityStatus, String mineral,
            String pageText, String limitText) {

        SiteSearch search() {
            var problems = new java.util.ArrayList<IcglrProblem>();
            String country = null;
            if (addressCountry != null) {
                country = addressCountry.toUpperCase(Locale.ROOT);
                if (!Countries.ICGLR_MEMBERS.contains(country)) {
                    problems.add(new IcglrProblem("addressCountry", "an ICGLR member state: "
                            + String.join(", ", Countries.ICGLR_MEMBERS.stream().sorted().toList())));
                }
            }
            var status = IcglrParameters.code(certificationStatus, SiteStatus.values(), SiteStatus::icglrCode,
                    "certificationStatus", problems);
            var activity = IcglrParameters.code(activityStatus, ActivityStatus.values(), ActivityStatus::icglrCode,
                    "activityStatus", problems);
            Mineral found = null;
            if (mineral != null) {
                found = IcglrCodes.mineral(mineral, true).orElse(null);
                if (found == null) {
                    problems.add(new IcglrProblem("mineral", IcglrCodes.MINERAL_CODES));
                }
            }
            IcglrParameters.number(pageText, 1, Integer.MAX_VALUE, "page", problems);
            IcglrParameters.number(limitText, 1, 100, "limit", problems);
            if (!problems.isEmpty()) {
                throw IcglrRequestRejected.invalid(problems);
            }
            return new SiteSearch(null, country, null, found, status, null, activity, null);
        }

        int page() {
            return pageText == null ? 1 : Integer.parseInt(pageText.strip());
        }

        int limit() {
            return limitText == null ? 20 : Integer.parseInt(limitText.strip());
        }


    }
}
