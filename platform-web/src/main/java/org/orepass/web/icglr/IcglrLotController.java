package org.orepass.web.icglr;

import org.orepass.account.Actor;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.orepass.custody.LotInterchange;
import org.orepass.shared.DomainRuleViolation;
import org.orepass.shared.PageQuery;
import org.orepass.site.IcglrSupplement;
import org.springframework.context.MessageSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The ICGLR standard's lot endpoints (openapi.yaml, MD.12) over the chain of custody, with the lot pages' rules:
 * a caller sees the lots its organisation holds (administrators, inspectors, auditors and CSO monitors all), and
 * a production lot sent here goes through the same use case as the production form.
 */
@RestController
@RequestMapping("/api/icglr/v1/lots")
class IcglrLotController {

    private static final String API = "/api/icglr/v1/lots";

    /** The tag number's place in the document, named as schema problems name fields. */
    /** Where a lot keeps the tag as its document sent it, when that differs from the platform's tag. */
    static final String TAG_AS_SENT = "tagAsSent";
    private static final String TAG_NUMBER = IcglrSchemas.field("/tag/identifier", null);

    /** The use case's field names in the document's terms. */
    private static final Map<String, String> FIELDS = Map.of("tagNumber", TAG_NUMBER,
            "productionDate", "dateSealed", "unit", "unitOfMeasurement", "packageCount", "nrOfPackages");

    private final LotInterchange interchange;
    private final LotDocuments documents;
    private final LotDocumentInput input;
    private final IcglrSchemas schemas;
    private final MessageSource messages;
    private final JsonMapper json;
    private final IcglrSupplementStore store;
    private final TransactionTemplate transactions;
    private final IcglrLotImports imports;

    /**
     * What the platform models of an MD.12 document (or assigns); everything else it carries (recipient, taxes
     * paid, shipping date, responsible staff, purchase number, transport...) is kept and served back.
     */
    static final List<String> MODELLED = List.of("lotNumber", "dateRegistration", "timeRegistration", "creator",
            "mineral", "concentration", "mass", "unitOfMeasurement", "packageType", "nrOfPackages", "mineSiteId",
            "creatorRole", "originatingOperation", "inputLot", "tag", "dateSealed", "overCapacity", "massKg",
            "remainingKg", "uncertified", "warnings");

    IcglrLotController(LotInterchange interchange, LotDocuments documents, LotDocumentInput input,
            IcglrSchemas schemas, MessageSource messages, JsonMapper json, IcglrSupplementStore store,
            PlatformTransactionManager transactionManager, IcglrLotImports imports) {
        this.imports = imports;
        this.store = store;
        this.transactions = new TransactionTemplate(transactionManager);
        this.interchange = interchange;
        this.documents = documents;
        this.input = input;
        this.schemas = schemas;
        this.messages = messages;
        this.json = json;
    }

    @GetMapping
    ObjectNode list(@RequestParam(required = false) String mineSiteId, @RequestParam(required = false) String mineral,
            @RequestParam(required = false) String creatorRole,
            @RequestParam(required = false) String originatingOperation,
            @RequestParam(required = false) String lotNumber,
            @RequestParam(required = false) String dateRegistrationFrom,
            @RequestParam(required = false) String dateRegistrationTo, @RequestParam(required = false) String page,
            @RequestParam(required = false) String limit, Locale locale, Actor actor) {
        var filters = new LotListFilters(mineSiteId, mineral, creatorRole, originatingOperation, lotNumber,
                dateRegistrationFrom, dateRegistrationTo, page, limit);
        var search = filters.search();
        var result = interchange.page(actor, search,
                new PageQuery(filters.page() - 1, filters.limit()));
        var body = json.createObjectNode();
        var data = body.putArray("data");
        var supplements = store.of(IcglrSupplement.LOT, result.items().stream().map(lot -> lot.lotNumber()).toList());
        result.items().forEach(lot -> data.add(documents.warned(IcglrSupplementStore.fill(documents.document(lot),
                supplements.get(lot.lotNumber())), lot, locale)));
        body.putObject("pagination")
                .put("page", filters.page())
                .put("limit", filters.limit())
                .put("total", result.total())
                .put("totalPages", result.totalPages())
                .put("hasNext", result.hasNext())
                .put("hasPrevious", result.hasPrevious());
        return body;
    }

    @GetMapping("/{lotNumber}")
    ResponseEntity<ObjectNode> one(@PathVariable String lotNumber, Locale locale, Actor actor) {
        var lot = interchange.lot(actor, lotNumber.strip().toUpperCase(Locale.ROOT))
                .orElseThrow(IcglrRequestRejected::notFound);
        return ResponseEntity.ok().eTag("\"" + lot.version() + "\"")
                .body(documents.warned(store.fill(documents.document(lot), IcglrSupplement.LOT, lot.lotNumber()),
                        lot, locale));
    }

    @PostMapping
    ResponseEntity<ObjectNode> create(@RequestBody JsonNode document, Locale locale, Actor actor) {
        if (document == null || !document.isObject()) {
            throw IcglrRequestRejected.invalid("", "the body must be a JSON object: an MD.12 Lot");
        }
        requireValid((ObjectNode) document);
        refuseBlockedInputs(actor, document, locale);
        if (isImport(document)) {
            // An import lot sent by another country's system (issue 14): the import form's use case.
            var imported = imports.record(actor, document, interchange.today(), locale);
            var lot = interchange.lot(actor, imported).orElseThrow();
            return ResponseEntity.created(URI.create(API + "/" + imported)).eTag("\"" + lot.version() + "\"")
                    .body(documents.warned(documents.document(lot), lot, locale));
        }
        var read = input.read(document, interchange.today());
        String number;
        boolean overCapacity;
        var tagWarnings = new java.util.ArrayList<IcglrProblem>();
        try {
            // The lot and what its document carries beyond the platform's fields, in one transaction.
            var produced = transactions.execute(status -> {
                var made = interchange.produce(actor, read.siteIcglrId(), read.creatorId(), read.details());
                // The tag's issuer and issue date and time are the platform's; what the client sent different is
                // recorded with the lot (tagAsSent, served back) and named in the answer (a lot the caller may not
                // read back is not compared).
                var extracted = IcglrSupplementStore.extract(document, MODELLED);
                var supplement = extracted != null ? extracted : json.createObjectNode();
                interchange.lot(actor, made.lot().getLotNumber()).ifPresent(lot -> {
                    var served = documents.document(lot);
                    var conflicts = AssignedFieldConflicts.creator(document, served);
                    if (!conflicts.isEmpty()) {
                        // The creator's contact details are its organisation's record: refused, as on sites.
                        throw new IcglrRequestRejected(409, "CONFLICT", "The lot says what the platform's record"
                                + " does not; nothing was recorded", conflicts);
                    }
                    var differences = AssignedFieldConflicts.lot(document, served);
                    if (!differences.isEmpty()) {
                        supplement.set(TAG_AS_SENT, document.get("tag").deepCopy());
                        tagWarnings.addAll(differences);
                    }
                });
                store.keep(IcglrSupplement.LOT, made.lot().getLotNumber(), supplement.isEmpty() ? extracted : supplement,
                        actor.username());
                return made;
            });
            number = produced.lot().getLotNumber();
            overCapacity = produced.overCapacity();
        } catch (DomainRuleViolation violation) {
            throw IcglrRequestRejected.invalid(List.of(new IcglrProblem(field(violation), messages.getMessage(
                    violation.messageKey(), violation.arguments(), violation.messageKey(), locale))));
        } catch (OptimisticLockingFailureException | DataIntegrityViolationException raced) {
            // Someone sealed a lot with the same tag a moment earlier (the tag's version, the unique index).
            throw new IcglrRequestRejected(409, "CONFLICT", "The tag was used by another lot meanwhile",
                    List.of(new IcglrProblem(TAG_NUMBER, messages.getMessage("lot.tag.used",
                            new Object[] {read.details().tagNumber()}, locale))));
        }
        var location = URI.create(API + "/" + number);
        var created = interchange.lot(actor, number);
        if (created.isEmpty()) {
            // Recorded, but held by an organisation the caller does not belong to (an inspector sees every lot,
            // so this is an operator producing for the site's owner): it may not read it back.
            return ResponseEntity.created(location).build();
        }
        var body = documents.warned(store.fill(documents.document(created.get()), IcglrSupplement.LOT, number),
                created.get(), locale);
        if (overCapacity) {
            // Accepted, as the form accepts it, but the inspectors were alerted (an OVER_CAPACITY anomaly).
            body.put("overCapacity", true);
        }
        if (!tagWarnings.isEmpty()) {
            var warnings = LotDocuments.warnings(body);
            tagWarnings.forEach(w -> warnings.addObject().put("field", w.field()).put("reason", w.reason()
                    + "; what you sent is kept as " + TAG_AS_SENT));
        }
        return ResponseEntity.created(location).eTag("\"" + created.get().version() + "\"").body(body);
    }

    /**
     * Input lots from a red site (or one under review) may not move, whatever the document asks for: 409 with the
     * refusal that names the lot, the site and the reason, as the certificate API answers a blocked trace.
     */
    private void refuseBlockedInputs(org.orepass.account.Actor actor, JsonNode document, Locale locale) {
        var numbers = new java.util.ArrayList<String>();
        for (var item : document.path("inputLot")) {
            var number = item.path("lotNumber").asString(null);
            if (number != null && !number.isBlank()) {
                numbers.add(number.strip().toUpperCase(Locale.ROOT));
            }
        }
        if (numbers.isEmpty()) {
            return;
        }
        try {
            interchange.requireTradableInputs(actor, numbers);
        } catch (DomainRuleViolation violation) {
            throw new IcglrRequestRejected(409, "CONFLICT", "An input lot may not be traded",
                    List.of(new IcglrProblem("inputLot", messages.getMessage(violation.messageKey(),
                            violation.arguments(), violation.messageKey(), locale))));
        }
    }

    private static boolean isImport(JsonNode document) {
        var operations = document.path("originatingOperation");
        return operations.isArray() && operations.size() == 1 && operations.get(0).asInt() == 7;
    }

    /** Checked as the standard states it, with what the platform assigns filled in when the client left it out. */
    private void requireValid(ObjectNode document) {
        var checked = document.deepCopy();
        if (!checked.has("lotNumber")) {
            checked.put("lotNumber", "ASSIGNED");
        }
        if (!checked.has("dateRegistration")) {
            checked.put("dateRegistration", "2000-01-01");
        }
        if (!checked.has("timeRegistration")) {
            checked.put("timeRegistration", "000000");
        }
        if (!checked.has("creator")) {
            checked.putObject("creator").put("identifier", "orepass-org-0").put("name", "assigned").put("tin", "N/A")
                    .putObject("contactDetails").put("legalRepresentative", "assigned")
                    .put("contactPhoneNumber", "+10").put("contactEmail", "assigned@example.org");
        }
        var problems = new java.util.ArrayList<>(schemas.check(IcglrSchemas.LOT, checked));
        problems.addAll(IcglrLimits.check(IcglrLimits.LOT, document));
        if (!problems.isEmpty()) {
            throw IcglrRequestRejected.invalid(problems);
        }
    }

    private static String field(DomainRuleViolation violation) {
        if (violation.field() == null) {
            // The site is red, or has nobody to hold the lot.
            return "lot.custodian.none".equals(violation.messageKey()) ? "creator" : "mineSiteId";
        }
        return FIELDS.getOrDefault(violation.field(), violation.field());
    }
}
