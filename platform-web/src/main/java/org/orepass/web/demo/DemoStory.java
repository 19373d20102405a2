package org.orepass.web.demo;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.orepass.accesstoken.TokenIssuing;
import org.orepass.account.Actor;
import org.orepass.account.PasswordHasher;
import org.orepass.account.Role;
import org.orepass.account.UserAccount;
import org.orepass.account.UserAccounts;
import org.orepass.account.UserDetails;
import org.orepass.custody.CustodyOperations;
import org.orepass.custody.CustodyTransfers;
import org.orepass.custody.MassUnit;
import org.orepass.custody.OutputLot;
import org.orepass.custody.Production;
import org.orepass.custody.ProductionDetails;
import org.orepass.custody.TagIssuing;
import org.orepass.export.CertificateDetails;
import org.orepass.export.ExportReview;
import org.orepass.export.ExportShipping;
import org.orepass.export.ShipmentDetails;
import org.orepass.export.TransportMode;
import org.orepass.incident.AffectedPeople;
import org.orepass.incident.IncidentCategories;
import org.orepass.incident.IncidentDetails;
import org.orepass.incident.IncidentFollowUp;
import org.orepass.incident.IncidentReporting;
import org.orepass.incident.IncidentStatus;
import org.orepass.organisation.Organisation;
import org.orepass.organisation.OrganisationAdministration;
import org.orepass.organisation.OrganisationDetails;
import org.orepass.organisation.OrganisationType;
import org.orepass.organisation.OrganisationSearch;
import org.orepass.organisation.Organisations;
import org.orepass.revenue.PaymentDetails;
import org.orepass.revenue.RevenueQueries;
import org.orepass.revenue.ScheduleDetails;
import org.orepass.revenue.TaxCollection;
import org.orepass.revenue.TaxScheduleAdministration;
import org.orepass.revenue.TaxSource;
import org.orepass.revenue.TaxType;
import org.orepass.risk.Decision;
import org.orepass.risk.MitigationPlanning;
import org.orepass.risk.RiskAssessing;
import org.orepass.risk.SubjectKind;
import org.orepass.shared.PageQuery;
import org.orepass.site.ActivityStatus;
import org.orepass.site.FormalisationStage;
import org.orepass.site.InspectionChecklist;
import org.orepass.site.InspectionReport;
import org.orepass.site.Licence;
import org.orepass.site.MineSite;
import org.orepass.site.MineSites;
import org.orepass.site.SiteSearch;
import org.orepass.site.SiteVisibility;
import org.orepass.site.Mineral;
import org.orepass.site.MiningType;
import org.orepass.site.Observations;
import org.orepass.site.SiteDetails;
import org.orepass.site.SiteInspection;
import org.orepass.site.SiteRegistration;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo's story (issue 16), told once through the same use cases as the pages, so every rule holds: in the
 * Democratic Republic of the Congo (North Kivu) a second inspector, sites of each colour, tags, coltan lots
 * produced by Rubaya, sold to the Kivu comptoir, received, combined, processed and exported with an ICGLR
 * certificate after the royalties and the export tax are paid, the third lot's royalty still due; in Uganda a
 * yellow site, wolframite lots produced at the green site, one sold to Kigali and waiting to be received; incidents in
 * several states (anonymous and signed in); and the comptoir's assessment of its supplier, with a decision to
 * continue while mitigating and the plan. Every list and dashboard has something to show on first start.
 */
@Component
class DemoStory {

    static final String SECOND_INSPECTOR = "inspecteur";

    private final UserAccounts accounts;
    private final Organisations organisations;
    private final OrganisationAdministration organisationAdministration;
    private final MineSites sites;
    private final org.orepass.incident.Incidents incidents;
    private final org.orepass.risk.RiskAssessments assessments;
    private final TransactionTemplate transaction;
    private final PasswordHasher hasher;
    private final TokenIssuing tokens;
    private final Clock clock;
    private final SiteRegistration siteRegistration;
    private final SiteInspection siteInspection;
    private final TagIssuing tagIssuing;
    private final Production production;
    private final CustodyTransfers transfers;
    private final CustodyOperations operations;
    private final TaxScheduleAdministration schedules;
    private final TaxCollection collection;
    private final RevenueQueries revenue;
    private final ExportShipping shipping;
    private final ExportReview exportReview;
    private final IncidentReporting reporting;
    private final IncidentFollowUp followUp;
    private final IncidentCategories categories;
    private final RiskAssessing assessing;
    private final MitigationPlanning planning;
    private final org.orepass.downstream.DownstreamReceipts receipts;

    DemoStory(UserAccounts accounts, Organisations organisations, PasswordHasher hasher, TokenIssuing tokens,
            Clock clock, SiteRegistration siteRegistration, SiteInspection siteInspection, TagIssuing tagIssuing,
            Production production, CustodyTransfers transfers, CustodyOperations operations,
            TaxScheduleAdministration schedules, TaxCollection collection, RevenueQueries revenue,
            ExportShipping shipping, ExportReview exportReview, IncidentReporting reporting,
            IncidentFollowUp followUp, IncidentCategories categories, RiskAssessing assessing,
            MitigationPlanning planning, OrganisationAdministration organisationAdministration, MineSites sites,
            org.orepass.incident.Incidents incidents, org.orepass.risk.RiskAssessments assessments,
            TransactionTemplate transaction, org.orepass.downstream.DownstreamReceipts receipts) {
        this.receipts = receipts;
        this.incidents = incidents;
        this.assessments = assessments;
        this.transaction = transaction;
        this.organisationAdministration = organisationAdministration;
        this.sites = sites;
        this.accounts = accounts;
        this.organisations = organisations;
        this.hasher = hasher;
        this.tokens = tokens;
        this.clock = clock;
        this.siteRegistration = siteRegistration;
        this.siteInspection = siteInspection;
        this.tagIssuing = tagIssuing;
        this.production = production;
        this.transfers = transfers;
        this.operations = operations;
        this.schedules = schedules;
        this.collection = collection;
        this.revenue = revenue;
        this.shipping = shipping;
        this.exportReview = exportReview;
        this.reporting = reporting;
        this.followUp = followUp;
        this.categories = categories;
        this.assessing = assessing;
        this.planning = planning;
    }

    /** Whether the story was told already (its second inspector exists): a restart tells it again never. */
    boolean told() {
        return accounts.existsByUsernameIgnoreCase(SECOND_INSPECTOR);
    }

    /** Tells the story, after the demo organisations and accounts exist: most in one transaction, then the rest. */
    void tell() {
        followUp(transaction.execute(status -> firstPart()));
    }

    private Told firstPart() {
        var today = LocalDate.now(clock);
        var agencyUg = organisation("Directorate of Geological Survey and Mines");
        var cooperative = organisation("Kisoro Tin Miners Cooperative");
        var rubaya = organisation("Rubaya Artisanal Mining Operator");
        var comptoir = organisation("Kivu Export Comptoir");
        var admin = new Actor("admin", agencyUg.getId(), Set.of(Role.ADMIN), null, Set.of());
        var inspectorUg = new Actor("inspector", agencyUg.getId(), Set.of(Role.INSPECTOR), "UG", Set.of());
        var agencyCd = organisationAdministration.register(new OrganisationDetails(
                "Division Provinciale des Mines du Nord-Kivu", OrganisationType.GOVERNMENT_AGENCY, "CD", "CD-NK",
                "CD/GOMA/DPM-001", "Boulevard Kanyamuhanga, Goma", "Chef de division", "mines-nk@demo.orepass.org",
                "+243 990 000 111"));
        var inspectorCd = new Actor(SECOND_INSPECTOR, agencyCd.getId(), Set.of(Role.INSPECTOR), "CD", Set.of());
        user(SECOND_INSPECTOR, "Patience Kahindo", agencyCd, Role.INSPECTOR, "CD");
        var rubayaUser = user("rubaya", "Espérance Uwimana", rubaya, Role.OPERATOR, null);
        var operatorUg = new Actor("operator", cooperative.getId(), Set.of(Role.OPERATOR), null, Set.of());
        var operatorCd = new Actor(rubayaUser.getUsername(), rubaya.getId(), Set.of(Role.OPERATOR), null, Set.of());
        var exporter = new Actor("exporter", comptoir.getId(), Set.of(Role.EXPORTER), null, Set.of());
        var cso = new Actor("cso", organisation("Mining Watch Great Lakes").getId(), Set.of(Role.CSO_MONITOR), null,
                Set.of());

        // Taxes in force before anything is produced: royalties on production, the export tax (DR Congo only).
        schedules.create(admin, new ScheduleDetails("CD", Mineral.COLTAN, TaxType.ROYALTY, new BigDecimal("3.5"),
                "USD", new BigDecimal("45"), "Direction Générale des Recettes du Nord-Kivu", today.minusYears(1),
                null));
        schedules.create(admin, new ScheduleDetails("CD", Mineral.COLTAN, TaxType.EXPORT_TAX, new BigDecimal("1"),
                "USD", null, "Direction Générale des Douanes et Accises", today.minusYears(1), null));

        // North Kivu: one site of each colour.
        var rubayaSite = site(inspectorCd, "Rubaya D2 coltan site", "CD-NK-0212", "CD", "CD-NK", "Masisi territory",
                "-1.5583", "29.0146", Mineral.COLTAN, rubaya.getId());
        inspect(inspectorCd, rubayaSite, today.minusDays(40), checklist(false, false, false), "Mines du Nord-Kivu",
                "All criteria met. Tags in use at the pit and the washing point.");
        var luwowo = site(inspectorCd, "Luwowo coltan pit", "CD-NK-0233", "CD", "CD-NK", "Masisi territory",
                "-1.5420", "29.0410", Mineral.COLTAN, rubaya.getId());
        inspect(inspectorCd, luwowo, today.minusDays(12), new InspectionChecklist(false, false, false, false, false,
                true, false, false), "Mines du Nord-Kivu", "Pit walls not shored; no first-aid kit. Three months to"
                + " correct.");
        var bibatama = site(inspectorCd, "Bibatama gold diggings", "CD-NK-0301", "CD", "CD-NK", "Walikale territory",
                "-1.4120", "28.0500", Mineral.GOLD, null);
        inspect(inspectorCd, bibatama, today.minusDays(8), checklist(true, false, false), "Mines du Nord-Kivu",
                "An armed group holds the road to the diggings and takes a share of the gold.");
        site(inspectorCd, "Ngungu cassiterite site", "CD-NK-0355", "CD", "CD-NK", "Masisi territory", "-1.6300",
                "28.9400", Mineral.CASSITERITE, null);

        // Uganda: the fourth colour, yellow.
        var rwamanyonyi = site(inspectorUg, "Rwamanyonyi cassiterite pit", "UG-W-0150", "UG", "UG-W",
                "Kisoro District", "-1.2700", "29.7000", Mineral.CASSITERITE, cooperative.getId());
        inspect(inspectorUg, rwamanyonyi, today.minusDays(15), new InspectionChecklist(false, false, false, false,
                false, false, true, false), "Directorate of Geological Survey and Mines",
                "Mercury seen at the washing pond. Three months to stop its use.");

        // Tags, then coltan produced at Rubaya.
        tagIssuing.issue(inspectorCd, rubayaSite.getId(), "RUB-", 1, 10);
        var lotA = production.produce(operatorCd, rubayaSite.getId(), new ProductionDetails(TagIssuing.number("RUB-", 1),
                Mineral.COLTAN, new BigDecimal("300"), MassUnit.KGM, new BigDecimal("28"), "bags", 6,
                today.minusDays(30))).lot();
        var lotB = production.produce(operatorCd, rubayaSite.getId(), new ProductionDetails(TagIssuing.number("RUB-", 2),
                Mineral.COLTAN, new BigDecimal("200"), MassUnit.KGM, new BigDecimal("30"), "bags", 4,
                today.minusDays(25))).lot();
        production.produce(operatorCd, rubayaSite.getId(), new ProductionDetails(TagIssuing.number("RUB-", 3), Mineral.COLTAN,
                new BigDecimal("150"), MassUnit.KGM, new BigDecimal("27"), "bags", 3, today.minusDays(6)));
        payAll(inspectorCd, TaxSource.PRODUCTION_LOT, lotA.getId(), today.minusDays(20), "DGRNK");
        payAll(inspectorCd, TaxSource.PRODUCTION_LOT, lotB.getId(), today.minusDays(20), "DGRNK");

        // Sold to the comptoir, received, combined and processed.
        var saleA = transfers.sell(operatorCd, lotA.getId(), null, comptoir.getId(), new BigDecimal("300"));
        var saleB = transfers.sell(operatorCd, lotB.getId(), null, comptoir.getId(), new BigDecimal("200"));
        var receivedA = transfers.receive(exporter, saleA.getId(), new BigDecimal("300")).lot();
        var receivedB = transfers.receive(exporter, saleB.getId(), new BigDecimal("199.5")).lot();
        var combined = operations.combine(exporter, List.of(
                new CustodyOperations.Take(receivedA.getId(), null, receivedA.getMassKg()),
                new CustodyOperations.Take(receivedB.getId(), null, receivedB.getMassKg())), "drums", 3,
                new CustodyOperations.Occurrence(today.minusDays(14), "Two Rubaya lots into one for processing."));
        var processed = operations.process(exporter, List.of(new CustodyOperations.Take(combined.getId(), null,
                combined.getMassKg())), List.of(new OutputLot(new BigDecimal("480"), new BigDecimal("29"), "drums",
                        3)), combined.getMassKg().subtract(new BigDecimal("480")),
                new CustodyOperations.Occurrence(today.minusDays(12), "Washed and dried at Goma.")).get(0);

        // Exported with a certificate, the export tax paid first.
        var shipment = shipping.draft(exporter, new ShipmentDetails("Refinery Europe BV", "Havenstraat 1, Rotterdam",
                "NL", "Jan de Vries", "+31 10 123 4567", "metals@refinery.example.org", "NL", Mineral.COLTAN, null,
                new BigDecimal("0.48"), MassUnit.TNE, new BigDecimal("29"), new BigDecimal("21600"), "USD",
                TransportMode.ROAD, "Lake Kivu Transport", "CD;RW;TZ", "Goma - Gisenyi", today.plusDays(3),
                Map.of(processed.getId(), new BigDecimal("480"))));
        shipping.attach(exporter, shipment.getId(), "invoice.pdf",
                "%PDF-1.4\n% Demo invoice\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
        shipment = shipping.submit(exporter, shipment.getId(), shipment.getVersion());
        payAll(inspectorCd, TaxSource.EXPORT, shipment.getId(), today.minusDays(3), "DGDA");
        exportReview.certify(inspectorCd, shipment.getId(), shipment.getVersion(), new CertificateDetails(
                "Ministère des Mines, Centre d’Expertise, d’Évaluation et de Certification", "Patience Kahindo",
                "Inspectrice des mines", null, today, "Jean-Marie Bahati", today.plusDays(60)));

        // Received downstream (issues 18, 19): a Dutch tantalum refiner with its RMI id, named by the comptoir,
        // confirms receipt, so the passport shows the chain closed and the comptoir's CMRT list names it.
        var refiner = organisationAdministration.register(new OrganisationDetails("Rotterdam Tantalum Refinery",
                OrganisationType.REFINER, "NL", null, null, "Havenstraat 12, Rotterdam", null, null, null));
        refiner = organisationAdministration.profileSmelter(refiner.getId(), refiner.getVersion(),
                new org.orepass.organisation.SmelterProfile("CID009901",
                        org.orepass.organisation.SmelterAuditStatus.CONFORMANT, today.minusMonths(4),
                        "RMI conformant facilities list (demo)", "Havenstraat 12", "Rotterdam", "South Holland"));
        var refinery = user("refinery", "Demo refinery receiving clerk", refiner, Role.OPERATOR, null);
        // A tin smelter too, enrolled in the RMI's assessment but not yet conformant: the organisation list and the
        // CMRT have a smelter of each kind to show.
        var smelter = organisationAdministration.register(new OrganisationDetails("Penang Tin Smelting Works",
                OrganisationType.SMELTER, "MY", null, null, "Jalan Pantai 8, Butterworth", null, null, null));
        organisationAdministration.profileSmelter(smelter.getId(), smelter.getVersion(),
                new org.orepass.organisation.SmelterProfile("CID009902",
                        org.orepass.organisation.SmelterAuditStatus.ACTIVE, today.minusMonths(2),
                        "RMI active facilities list (demo)", "Jalan Pantai 8", "Butterworth", "Penang"));
        receipts.nameConsignee(exporter, shipment.getId(), refiner.getId());
        receipts.confirmReceipt(new Actor(refinery.getUsername(), refiner.getId(), Set.of(Role.OPERATOR), null,
                Set.of()), shipment.getId(), new org.orepass.downstream.DownstreamReceipts.ReceiptDetails(today,
                new BigDecimal("479.6"), "Seals intact on arrival."));

        // Uganda: wolframite produced at the green site, a sale waiting to be received. (No Ugandan tax schedule:
        // the tests' own Ugandan schedules share the database with the demo in the test run.)
        var green = mineSite(inspectorUg, "Bufumbira wolframite mine");
        tagIssuing.issue(inspectorUg, green, "BUF-", 1, 10);
        var wolframite1 = production.produce(operatorUg, green, new ProductionDetails(TagIssuing.number("BUF-", 1),
                Mineral.WOLFRAMITE, new BigDecimal("120"), MassUnit.KGM, new BigDecimal("62"), "bags", 3,
                today.minusDays(10))).lot();
        production.produce(operatorUg, green, new ProductionDetails(TagIssuing.number("BUF-", 2), Mineral.WOLFRAMITE,
                new BigDecimal("80"), MassUnit.KGM, new BigDecimal("60"), "bags", 2, today.minusDays(4)));
        // Sold at home: a sale across the border is an export (issue 14), so the buyer is a Ugandan trader.
        var kampalaTrader = organisationAdministration.register(new OrganisationDetails("Kampala Wolfram Traders",
                OrganisationType.TRADER, "UG", "UG-C", "UG/KLA/TR-0420", "Plot 12, Jinja Road, Kampala",
                "Managing director", "trade@kampala-wolfram.demo.orepass.org", "+256 414 000 420"));
        transfers.sell(operatorUg, wolframite1.getId(), null, kampalaTrader.getId(), new BigDecimal("120"));

        // Incidents: one anonymous and new, one verified with a follow-up, one dismissed, one resolved.
        reporting.reportAnonymously(incident("CHILDREN_AT_SITE", 3, today.minusDays(3), mineSite(inspectorUg,
                "Kanungu gold diggings"), "UG", "UG-W", "Kanungu", Mineral.GOLD,
                "Boys younger than 15 wash gravel at the river every morning.", new AffectedPeople(0, 0, 0, 6)));
        var roadblock = reporting.report(cso, incident("ROADBLOCK", 3, today.minusDays(9), null, "CD", "CD-NK",
                "Sake", Mineral.COLTAN, "Armed men stop the motorbikes carrying bags on the Sake road and take"
                        + " 5 000 francs a bag.", AffectedPeople.NONE));
        var mercury = reporting.report(cso, incident("MERCURY", 2, today.minusDays(20), null, "UG", "UG-W",
                "Kisoro", Mineral.GOLD, "People say mercury is poured into the stream.", AffectedPeople.NONE));
        var collapse = reporting.report(inspectorCd, incident("PIT_COLLAPSE", 3, today.minusDays(11), luwowo.getId(),
                "CD", "CD-NK", "Masisi", Mineral.COLTAN, "A pit wall fell; two diggers hurt.",
                new AffectedPeople(0, 2, 0, 0)));
        return new Told(inspectorUg, inspectorCd, exporter, rubaya.getId(), roadblock.getId(), mercury.getId(),
                collapse.getId());
    }

    /** What the later steps need from the first. */
    record Told(Actor inspectorUg, Actor inspectorCd, Actor exporter, Long supplierId, Long roadblock, Long mercury,
            Long collapse) {
    }

    /**
     * The follow-up of the incidents and the assessment: each step in a transaction of its own, with the version
     * the record has then, as a person would see it on the page before pressing the button.
     */
    private void followUp(Told told) {
        var today = LocalDate.now(clock);
        var cd = told.inspectorCd();
        move(cd, told.roadblock(), IncidentStatus.UNDER_VERIFICATION, "Two drivers confirmed it by phone.");
        move(cd, told.roadblock(), IncidentStatus.VERIFIED, "Seen by the inspector on the road.");
        move(cd, told.roadblock(), IncidentStatus.FOLLOW_UP, "Reported to the provincial mining division and the"
                + " police.");
        transaction.executeWithoutResult(status -> followUp.addAction(cd, told.roadblock(),
                "Ask the police to clear the roadblock", "Provincial mining division", today.plusDays(14)));
        move(told.inspectorUg(), told.mercury(), IncidentStatus.UNDER_VERIFICATION, "Visit planned.");
        move(told.inspectorUg(), told.mercury(), IncidentStatus.DISMISSED,
                "No gold is washed on this stream; no trace of mercury found.");
        move(cd, told.collapse(), IncidentStatus.UNDER_VERIFICATION, "Inspection of the site planned.");
        move(cd, told.collapse(), IncidentStatus.VERIFIED, "Seen on the inspection of the site.");
        move(cd, told.collapse(), IncidentStatus.FOLLOW_UP, "The operator must shore the walls.");
        move(cd, told.collapse(), IncidentStatus.RESOLVED, "Walls shored with timber; first-aid kit on site.");

        // The comptoir assesses its supplier, decides to continue while mitigating, and adopts a plan.
        var exporter = told.exporter();
        var id = transaction.execute(status -> assessing.start(exporter, SubjectKind.SUPPLIER, told.supplierId(),
                null, null).getId());
        transaction.executeWithoutResult(status -> assessing.save(exporter, id, assessmentVersion(id), Map.of(),
                "Roadblocks reported on the Sake road; the supplier’s own sites are green or yellow.", null, null));
        transaction.executeWithoutResult(status -> assessing.decide(exporter, id, assessmentVersion(id),
                Decision.CONTINUE_MITIGATING));
        transaction.executeWithoutResult(status -> planning.adopt(exporter, id, null, "Buy only tagged bags; pay by"
                + " bank transfer; the transporter takes the Goma road.", "Jean-Paul Habimana, compliance",
                "No cash payments; every bag tagged", "Month 1: bank account; month 3: route changed",
                today.plusMonths(6)));
    }

    private void move(Actor actor, Long incidentId, IncidentStatus target, String reason) {
        transaction.executeWithoutResult(status -> followUp.move(actor, incidentId,
                incidents.findById(incidentId).orElseThrow().getVersion(), target, reason));
    }

    private long assessmentVersion(Long id) {
        return assessments.findById(id).orElseThrow().getVersion();
    }

    private void payAll(Actor collector, TaxSource kind, Long sourceId, LocalDate paidOn, String receiptPrefix) {
        for (var due : revenue.ofSource(collector, kind, sourceId)) {
            var owed = due.getAmount().subtract(due.getPaidAmount());
            if (owed.signum() > 0) {
                collection.pay(collector, due.getId(), due.getVersion(), new PaymentDetails(owed, due.getCurrency(),
                        paidOn, receiptPrefix + "-" + due.getId(), "Demo payer"));
            }
        }
    }

    private IncidentDetails incident(String category, int severity, LocalDate on, Long siteId, String country,
            String division, String locality, Mineral mineral, String description, AffectedPeople affected) {
        var id = categories.findByCode(category).orElseThrow().getId();
        return new IncidentDetails(id, severity, on, siteId, country, division, locality, mineral, description,
                false, affected, List.of(), Set.of());
    }

    private MineSite site(Actor inspector, String name, String nationalId, String country, String division,
            String locality, String latitude, String longitude, Mineral mineral, Long ownerId) {
        return siteRegistration.register(inspector, new SiteDetails(name, nationalId, country, division, locality,
                new BigDecimal(latitude), new BigDecimal(longitude), null, ownerId, Set.of(), Set.of(mineral),
                ActivityStatus.ACTIVE, MiningType.ARTISANAL, FormalisationStage.LICENSED, 80, 25, 0, 60, 30,
                mineral.isGold(), Map.of(mineral, new BigDecimal("2000")),
                new SiteDetails.LicenceDetails(Licence.Type.ARTISANAL_PERMIT, "AP-" + nationalId,
                        LocalDate.of(2025, 3, 1), LocalDate.of(2028, 3, 1)),
                false));
    }

    private Long mineSite(Actor inspector, String name) {
        return sites.page(new SiteSearch(name, null, null, null, null, null, null, null),
                new SiteVisibility(true, null), LocalDate.now(clock), PageQuery.first()).stream()
                .filter(site -> site.getName().equals(name)).findFirst().orElseThrow().getId();
    }

    private void inspect(Actor inspector, MineSite site, LocalDate on, InspectionChecklist checklist,
            String agency, String findings) {
        siteInspection.record(inspector, site.getId(), new InspectionReport(on, "Annual RCM inspection",
                inspector.username(), agency, checklist, new Observations(80, 25, checklist.childLabour() ? 4 : 0,
                        checklist.armedGroups(), checklist.armedGroups(), false, "picks, shovels, sluice boxes",
                        "local traders"),
                findings, List.of(), null, null));
    }

    private static InspectionChecklist checklist(boolean armedGroups, boolean securityForces, boolean abuses) {
        return new InspectionChecklist(armedGroups, securityForces, abuses, false, false, false, false, false);
    }

    private Organisation organisation(String name) {
        return organisations.search(new OrganisationSearch(name, null, null, null), PageQuery.first()).items()
                .stream().filter(o -> o.getName().equals(name)).findFirst().orElseThrow();
    }

    private UserAccount user(String username, String fullName, Organisation organisation, Role role, String country) {
        var details = new UserDetails(username, fullName, username + "@demo.orepass.org", organisation.getId(),
                Set.of(role), country, Set.of(), null);
        var account = accounts.add(UserAccount.open(details, organisation, hasher.hash(DemoData.PASSWORD), false,
                clock.instant()));
        tokens.issueWithValue(account, "demo", "demo-" + username);
        return account;
    }
}
