package org.orepass.web.demo;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import org.orepass.accesstoken.TokenIssuing;
import org.orepass.account.PasswordHasher;
import org.orepass.account.Role;
import org.orepass.account.UserAccount;
import org.orepass.account.UserAccounts;
import org.orepass.account.UserDetails;
import org.orepass.organisation.Organisation;
import org.orepass.organisation.OrganisationAdministration;
import org.orepass.organisation.OrganisationDetails;
import org.orepass.organisation.OrganisationType;
import org.orepass.organisation.Organisations;
import org.orepass.organisation.OrganisationSearch;
import org.orepass.shared.PageQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo mode (embedded database): one organisation of each type and the accounts admin, inspector, operator,
 * exporter, cso and auditor, all with the password {@code demo} and the API token {@code demo-<username>}.
 * Created on first start only; never on an external database.
 */
@Component
@ConditionalOnProperty(name = "orepass.demo.enabled", havingValue = "true")
public class DemoData implements SmartLifecycle {

    public static final String PASSWORD = "demo";
    private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);

    private final OrganisationAdministration organisationAdministration;
    private final Organisations organisations;
    private final UserAccounts accounts;
    private final PasswordHasher hasher;
    private final TokenIssuing tokens;
    private final TransactionTemplate transaction;
    private final java.time.Clock clock;
    private final org.orepass.site.SiteRegistration siteRegistration;
    private final org.orepass.site.SiteInspection siteInspection;
    private final DemoStory story;
    private String port = "8080";
    private volatile boolean created;

    DemoData(OrganisationAdministration organisationAdministration, Organisations organisations,
            UserAccounts accounts, PasswordHasher hasher, TokenIssuing tokens, TransactionTemplate transaction,
            java.time.Clock clock, org.orepass.site.SiteRegistration siteRegistration,
            org.orepass.site.SiteInspection siteInspection, DemoStory story) {
        this.story = story;
        this.organisationAdministration = organisationAdministration;
        this.organisations = organisations;
        this.accounts = accounts;
        this.hasher = hasher;
        this.tokens = tokens;
        this.transaction = transaction;
        this.clock = clock;
        this.siteRegistration = siteRegistration;
        this.siteInspection = siteInspection;
    }

    /** The savings groups' demo (issue 23), told after the story. */
    @org.springframework.beans.factory.annotation.Autowired(required = false)
    private DemoSavings savings;

    @org.springframework.beans.factory.annotation.Autowired(required = false)
    void setPort(@org.springframework.beans.factory.annotation.Value("${server.port:8080}") String port) {
        this.port = port;
    }

    /**
     * Demo data exists before the platform answers its first request (issue 15): this runs when the context
     * starts, in a phase before the web server's, so the sign-in page never answers while the demo accounts are
     * still missing (as it did when this was an application runner, after the server had started).
     */
    @Override
    public void start() {
        run(null);
        created = true;
    }

    @Override
    public void stop() {
        created = false;
    }

    @Override
    public boolean isRunning() {
        return created;
    }

    @Override
    public int getPhase() {
        return PHASE;
    }

    /** Well before the web server's phase ({@code SmartLifecycle.DEFAULT_PHASE - 2048} and later). */
    static final int PHASE = 0;

    public void run(ApplicationArguments args) {
        if (accounts.existsByUsernameIgnoreCase("admin")) {
            LOG.info(banner("Demo mode: demo accounts already exist."));
        } else {
            transaction.executeWithoutResult(status -> seed());
            LOG.info(banner("Demo mode: created demo organisations and accounts."));
        }
        tellStory();
        if (savings != null) {
            try {
                transaction.executeWithoutResult(status -> savings.tell());
            } catch (RuntimeException refused) {
                LOG.warn("Demo mode: the savings groups could not be created: {}", refused.toString());
            }
        }
    }

    /**
     * The story (DemoStory) once, also into a demo database made before it existed. A story the rules refuse
     * (changed rules) leaves the demo without it rather than stopping the start; DemoDataIntegrationTest fails then.
     */
    private void tellStory() {
        if (story.told()) {
            return;
        }
        try {
            story.tell();
            LOG.info("Demo mode: told the demo story (DR Congo and Uganda; second inspector '{}').",
                    DemoStory.SECOND_INSPECTOR);
        } catch (RuntimeException refused) {
            LOG.warn("Demo mode: the demo story could not be told: {}", refused.toString());
        }
    }

    private String banner(String first) {
        return first + " Sign in at http://localhost:" + port + " as admin, inspector, operator, exporter, cso or auditor"
                + " with the password 'demo' (API token: demo-<username>). Do not use demo mode in production.";
    }

    private void seed() {
        Map<OrganisationType, Organisation> byType = new EnumMap<>(OrganisationType.class);
        byType.put(OrganisationType.GOVERNMENT_AGENCY, organisation("Directorate of Geological Survey and Mines",
                OrganisationType.GOVERNMENT_AGENCY, "UG", "UG-C", "1000012345", "Plot 21, Entebbe"));
        byType.put(OrganisationType.COOPERATIVE, organisation("Kisoro Tin Miners Cooperative",
                OrganisationType.COOPERATIVE, "UG", "UG-W", "1000045678", "Kisoro town, Kisoro District"));
        byType.put(OrganisationType.MINE_OPERATOR, organisation("Rubaya Artisanal Mining Operator",
                OrganisationType.MINE_OPERATOR, "CD", "CD-NK", "CD/GOMA/RCCM/21-B-0042", "Rubaya, Masisi"));
        byType.put(OrganisationType.TRADER, organisation("Great Lakes Mineral Traders",
                OrganisationType.TRADER, "RW", "RW-05", "RW-102345678", "Rusizi"));
        byType.put(OrganisationType.PROCESSOR, organisation("Kigali Mineral Processors",
                OrganisationType.PROCESSOR, "RW", "RW-01", "RW-109876543", "Kigali Special Economic Zone"));
        byType.put(OrganisationType.EXPORTER, organisation("Kivu Export Comptoir",
                OrganisationType.EXPORTER, "CD", "CD-NK", "CD/GOMA/RCCM/18-B-0117", "Avenue du Lac, Goma"));
        byType.put(OrganisationType.CSO, organisation("Mining Watch Great Lakes",
                OrganisationType.CSO, "UG", "UG-W", null, "Kabale"));
        byType.put(OrganisationType.AUDITOR, organisation("Independent Supply Chain Auditors",
                OrganisationType.AUDITOR, "KE", "KE-30", "P051234567X", "Nairobi"));

        user("admin", "Amina Nakato", byType.get(OrganisationType.GOVERNMENT_AGENCY), Role.ADMIN, null);
        user("inspector", "Joseph Mugisha", byType.get(OrganisationType.GOVERNMENT_AGENCY), Role.INSPECTOR, "UG");
        user("operator", "Grace Tumusiime", byType.get(OrganisationType.COOPERATIVE), Role.OPERATOR, null);
        user("exporter", "Jean-Paul Habimana", byType.get(OrganisationType.EXPORTER), Role.EXPORTER, null);
        user("cso", "Esther Kabugo", byType.get(OrganisationType.CSO), Role.CSO_MONITOR, null);
        user("auditor", "Wanjiru Otieno", byType.get(OrganisationType.AUDITOR), Role.AUDITOR, null);
        sites(byType);
    }

    /** Three sites in the inspector's Uganda: one never inspected (blue), one green, one red. */
    private void sites(Map<OrganisationType, Organisation> byType) {
        var inspector = new org.orepass.account.Actor("inspector", byType.get(OrganisationType.GOVERNMENT_AGENCY).getId(),
                Set.of(Role.INSPECTOR), "UG", Set.of());
        var cooperative = byType.get(OrganisationType.COOPERATIVE).getId();
        var blue = siteRegistration.register(inspector, site("Nyakabingo tin pit", "UG-W-0117", "-1.2861", "29.6923",
                org.orepass.site.Mineral.CASSITERITE, cooperative));
        var green = siteRegistration.register(inspector, site("Bufumbira wolframite mine", "UG-W-0042", "-1.2405",
                "29.7233", org.orepass.site.Mineral.WOLFRAMITE, cooperative));
        var red = siteRegistration.register(inspector, site("Kanungu gold diggings", "UG-W-0203", "-0.8972",
                "29.7801", org.orepass.site.Mineral.GOLD, null));
        var today = java.time.LocalDate.now(clock);
        siteInspection.record(inspector, green.getId(), inspection(today.minusDays(20),
                new org.orepass.site.InspectionChecklist(false, false, false, false, false, false, false, false),
                "All criteria met; tags in use; women make up a quarter of the workforce."));
        siteInspection.record(inspector, red.getId(), inspection(today.minusDays(5),
                new org.orepass.site.InspectionChecklist(true, false, false, true, false, false, false, false),
                "Armed men collect a levy on each bag; boys under 18 seen washing gravel."));
        LOG.debug("Demo sites {} (blue), {} (green), {} (red)", blue.getIcglrId(), green.getIcglrId(),
                red.getIcglrId());
    }

    private static org.orepass.site.SiteDetails site(String name, String nationalId, String latitude,
            String longitude, org.orepass.site.Mineral mineral, Long ownerId) {
        return new org.orepass.site.SiteDetails(name, nationalId, "UG", "UG-W", "Kisoro District", new java.math.BigDecimal(latitude),
                new java.math.BigDecimal(longitude), null, ownerId, Set.of(), Set.of(mineral),
                org.orepass.site.ActivityStatus.ACTIVE, org.orepass.site.MiningType.ARTISANAL,
                org.orepass.site.FormalisationStage.LICENSED, 60, 20, 0, 45, 25, mineral.isGold(),
                Map.of(mineral, new java.math.BigDecimal("1200")),
                new org.orepass.site.SiteDetails.LicenceDetails(org.orepass.site.Licence.Type.ARTISANAL_PERMIT,
                        "AP-" + nationalId, java.time.LocalDate.of(2025, 3, 1), java.time.LocalDate.of(2028, 3, 1)),
                false);
    }

    private static org.orepass.site.InspectionReport inspection(java.time.LocalDate on,
            org.orepass.site.InspectionChecklist checklist, String findings) {
        return new org.orepass.site.InspectionReport(on, "Annual RCM inspection", "Joseph Mugisha",
                "Directorate of Geological Survey and Mines", checklist,
                new org.orepass.site.Observations(60, 20, checklist.childLabour() ? 6 : 0, checklist.armedGroups(),
                        checklist.armedGroups(), false, "picks, shovels, sluice boxes", "Kisoro traders"),
                findings, java.util.List.of(), null, null);
    }

    private static final Map<String, String> PHONE_PREFIX = Map.of("UG", "+256", "CD", "+243", "RW", "+250",
            "KE", "+254");

    private Organisation organisation(String name, OrganisationType type, String country, String division,
            String taxId, String address) {
        var existing = organisations.search(new OrganisationSearch(name, type, country, null), PageQuery.first());
        if (!existing.items().isEmpty()) {
            return existing.items().get(0);
        }
        // Full contact details: the ICGLR interchange publishes only sites whose owner has them.
        var contact = "contact@" + name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z]+", "-")
                .replaceAll("^-|-$", "") + ".example.org";
        return organisationAdministration.register(new OrganisationDetails(name, type, country, division, taxId,
                address, "Legal representative of " + name, contact, PHONE_PREFIX.getOrDefault(country, "+256")
                        + " 700 000 " + String.format("%03d", Math.abs(name.hashCode()) % 1000)));
    }

    private void user(String username, String fullName, Organisation organisation, Role role, String country) {
        // The demo password is deliberately below the password policy, so it bypasses the use case's check.
        var details = new UserDetails(username, fullName, username + "@demo.orepass.org", organisation.getId(),
                Set.of(role), country, Set.of(), null);
        UserAccount account = accounts.add(UserAccount.open(details, organisation, hasher.hash(PASSWORD), false,
                clock.instant()));
        tokens.issueWithValue(account, "demo", "demo-" + username);
    }
}
