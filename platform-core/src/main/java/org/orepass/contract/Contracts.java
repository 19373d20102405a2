package org.orepass.contract;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.orepass.account.Actor;
import org.orepass.attachment.UploadedFile;
import org.orepass.contract.internal.ContractDocuments;
import org.orepass.contract.internal.DocumentSummary;
import org.orepass.contract.internal.ContractSales;
import org.orepass.contract.internal.ContractSales.CitingSale;
import org.orepass.contract.internal.ContractStore;
import org.orepass.contract.internal.ReferencePrices;
import org.orepass.custody.SaleContracts;
import org.orepass.organisation.Organisation;
import org.orepass.organisation.Organisations;
import org.orepass.shared.DomainRuleViolation;
import org.orepass.shared.NotFoundException;
import org.orepass.site.Mineral;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Contracts with traders (issue 24): recorded by a producer organisation, read by it and its buyer, with the
 * prompts of terms that deserve advice, the signed document, and the sales that cite it compared with its price.
 * Also answers custody's {@link SaleContracts}.
 */
@Service
@Transactional
public class Contracts implements SaleContracts {

    static final int LIST_LIMIT = 200;

    private final ContractStore contracts;
    private final ReferencePrices prices;
    private final ContractDocuments documents;
    private final ContractSales sales;
    private final Organisations organisations;
    private final PromptSettings settings;
    private final Clock clock;
    private final long maxBytes;

    public Contracts(ContractStore contracts, ReferencePrices prices, ContractDocuments documents,
            ContractSales sales, Organisations organisations, PromptSettings settings, Clock clock,
            @Value("${orepass.attachments.max-bytes:10485760}") long maxBytes) {
        this.contracts = contracts;
        this.prices = prices;
        this.documents = documents;
        this.sales = sales;
        this.organisations = organisations;
        this.settings = settings;
        this.clock = clock;
        this.maxBytes = maxBytes;
    }

    /** The actor's organisation records a contract. */
    public Contract record(Actor actor, ContractTerms terms) {
        var owner = owner(actor);
        var counterparty = counterparty(terms);
        return contracts.add(Contract.record(terms, owner, counterparty, actor.username(), clock.instant(),
                LocalDate.now(clock)));
    }

    /** The checks {@link #record} makes, nothing recorded (every problem of a form at once). */
    @Transactional(readOnly = true)
    public void check(Actor actor, ContractTerms terms) {
        var owner = owner(actor);
        Contract.check(terms, owner, counterparty(terms), LocalDate.now(clock)).throwIfAny();
    }

    /** Whether the actor may record contracts for their organisation (shows the "Record a contract" link). */
    @Transactional(readOnly = true)
    public boolean mayRecord(Actor actor) {
        return actor.organisationId() != null
                && organisations.findById(actor.organisationId()).map(o -> ContractAccess.mayRecord(actor, o))
                        .orElse(false);
    }

    private Organisation owner(Actor actor) {
        var owner = actor.organisationId() == null ? null
                : organisations.findById(actor.organisationId()).orElse(null);
        if (!ContractAccess.mayRecord(actor, owner)) {
            throw new ContractAccessDenied("record contracts");
        }
        return owner;
    }

    private Organisation counterparty(ContractTerms terms) {
        return terms.counterpartyId() == null ? null : organisations.findById(terms.counterpartyId()).orElse(null);
    }

    /** The buyers the form offers: active organisations that trade, other than the actor's. */
    @Transactional(readOnly = true)
    public List<Buyer> buyers(Actor actor) {
        return organisations.allActive().stream()
                .filter(o -> o.getType().trades() && !o.getId().equals(actor.organisationId()))
                .map(o -> new Buyer(o.getId(), o.getName())).toList();
    }

    public record Buyer(Long id, String name) {
    }

    /** A line of the contract list. */
    public record ContractRow(Long id, String reference, String owner, String counterparty, Mineral mineral,
            LocalDate signedOn, LocalDate endsOn, int prompts) {
    }

    /** The contracts of the actor's organisation, made by it or naming it as the buyer. */
    @Transactional(readOnly = true)
    public List<ContractRow> list(Actor actor) {
        if (actor.organisationId() == null) {
            return List.of();
        }
        return contracts.ofOrganisation(actor.organisationId(), LIST_LIMIT).stream()
                .map(c -> new ContractRow(c.getId(), c.getReference(), c.getOwner().getName(),
                        c.counterpartyLabel(), c.getMineral(), c.getSignedOn(), c.getEndsOn(),
                        prompts(c).size()))
                .toList();
    }

    /** A sale citing the contract, with its price against the contract's. */
    public record SaleRow(CitingSale sale, ContractPriceCheck check) {
    }

    /** What the contract page shows. */
    public record ContractView(Contract contract, String owner, String counterparty, List<Prompt> prompts,
            ReferencePrice reference,
            BigDecimal shareOfReference, List<DocumentSummary> documents, List<SaleRow> sales, boolean mayChange,
            long maxMegabytes) {
    }

    @Transactional(readOnly = true)
    public ContractView view(Actor actor, Long id) {
        var contract = visible(actor, id);
        var reference = referenceOf(contract);
        var rows = sales.citing(id).stream()
                .map(s -> new SaleRow(s, compare(contract, s.sentOn(), s.massKg(), s.amount(), s.currency())))
                .toList();
        // Names read here: the page renders after the transaction, where the organisations cannot be loaded.
        return new ContractView(contract, contract.getOwner().getName(), contract.counterpartyLabel(),
                ContractPrompts.of(contract, reference, settings), reference,
                ContractPrompts.shareOfReference(contract, reference), documents.summariesOf(id), rows,
                ContractAccess.mayChange(actor, contract), UploadedFile.megabytes(maxBytes));
    }

    private List<Prompt> prompts(Contract contract) {
        return ContractPrompts.of(contract, referenceOf(contract), settings);
    }

    /** The reference price a contract is compared with: of its mineral, on or before it was signed. */
    private ReferencePrice referenceOf(Contract contract) {
        if (contract.getPriceBasis() == PriceBasis.FIXED) {
            return prices.latest(contract.getMineral(), contract.getPriceCurrency(), contract.getSignedOn())
                    .orElse(null);
        }
        return prices.latestAny(contract.getMineral(), contract.getSignedOn()).orElse(null);
    }

    /** The owner's operators and exporters add the signed document (PDF, JPEG, PNG), checked like every upload. */
    public ContractDocument attach(Actor actor, Long id, String fileName, byte[] content) {
        var contract = visible(actor, id);
        if (!ContractAccess.mayChange(actor, contract)) {
            throw new ContractAccessDenied("add documents to contract " + id);
        }
        var file = UploadedFile.check(fileName, content, maxBytes, "attachment");
        return documents.add(new ContractDocument(id, file.name(), file.type(), content, file.sha256(),
                actor.username(), clock.instant()));
    }

    @Transactional(readOnly = true)
    public ContractDocument download(Actor actor, Long id, Long documentId) {
        visible(actor, id);
        return documents.findById(documentId).filter(d -> d.getContractId().equals(id))
                .orElseThrow(() -> new NotFoundException("ContractDocument", documentId));
    }

    private Contract visible(Actor actor, Long id) {
        var contract = contracts.findById(id).orElseThrow(() -> new NotFoundException("Contract", id));
        if (!ContractAccess.maySee(actor, contract)) {
            throw new NotFoundException("Contract", id);
        }
        return contract;
    }

    /** An administrator records a reference price. */
    public ReferencePrice recordReferencePrice(Actor actor, Mineral mineral, LocalDate pricedOn, BigDecimal amount,
            String currency, PriceUnit unit, String source) {
        if (!ContractAccess.mayRecordReferencePrices(actor)) {
            throw new ContractAccessDenied("record reference prices");
        }
        return prices.add(ReferencePrice.record(mineral, pricedOn, amount, currency, unit, source, actor.username(),
                clock.instant(), LocalDate.now(clock)));
    }

    @Transactional(readOnly = true)
    public List<ReferencePrice> referencePrices() {
        return prices.recent(LIST_LIMIT);
    }

    @Transactional(readOnly = true)
    public PromptSettings settings() {
        return settings;
    }

    @Transactional(readOnly = true)
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    // SaleContracts, for custody's sale.

    @Override
    @Transactional(readOnly = true)
    public List<CitableContract> citable(long sellerId, LocalDate on) {
        return contracts.inForce(sellerId, on).stream()
                .map(c -> new CitableContract(c.getId(), c.getReference(),
                        c.getCounterparty() == null ? null : c.getCounterparty().getId(), c.counterpartyLabel()))
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public void requireCitable(String field, long contractId, long sellerId, Long buyerId, Mineral mineral,
            LocalDate on) {
        var contract = contracts.findById(contractId)
                .filter(c -> c.getOwner().getId().equals(sellerId))
                .orElseThrow(() -> new DomainRuleViolation(field, "contract.cite.unknown"));
        if (buyerId != null && (contract.getCounterparty() == null
                || !contract.getCounterparty().getId().equals(buyerId))) {
            throw new DomainRuleViolation(field, "contract.cite.buyer");
        }
        // A gold contract cited on a sale of cassiterite would compare the sale with the wrong price.
        if (mineral != null && contract.getMineral() != mineral) {
            throw new DomainRuleViolation(field, "contract.cite.mineral");
        }
        if (!contract.inForceOn(on)) {
            throw new DomainRuleViolation(field, "contract.cite.not-in-force");
        }
    }

    @Override
    @Transactional(readOnly = true)
    public ContractPriceCheck compare(Long contractId, LocalDate saleDate, BigDecimal massKg, BigDecimal amount,
            String currency) {
        if (contractId == null) {
            return null;
        }
        return contracts.findById(contractId).map(c -> compare(c, saleDate, massKg, amount, currency)).orElse(null);
    }

    private ContractPriceCheck compare(Contract contract, LocalDate saleDate, BigDecimal massKg, BigDecimal amount,
            String currency) {
        var reference = currency == null ? null
                : prices.latest(contract.getMineral(), currency, saleDate).orElse(null);
        return SalePrices.compare(contract, reference, massKg, amount, currency);
    }
}
