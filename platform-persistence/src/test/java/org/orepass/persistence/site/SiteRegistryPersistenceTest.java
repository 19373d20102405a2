package org.orepass.persistence.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.orepass.account.Actor;
import org.orepass.account.Role;
import org.orepass.organisation.OrganisationAdministration;
import org.orepass.organisation.OrganisationDetails;
import org.orepass.organisation.OrganisationType;
import org.orepass.persistence.testing.PersistenceTestApplication;
import org.orepass.persistence.testing.TestDatabase;
import org.orepass.shared.DomainRuleViolation;
import org.orepass.site.ActivityStatus;
import org.orepass.site.FormalisationStage;
import org.orepass.site.internal.IcglrSequences;
import org.orepass.site.InspectionChecklist;
import org.orepass.site.InspectionReport;
import org.orepass.site.internal.Inspections;
import org.orepass.site.Licence;
import org.orepass.site.MineSites;
import org.orepass.site.Mineral;
import org.orepass.site.MiningType;
import org.orepass.site.Observations;
import org.orepass.site.SiteAccessDenied;
import org.orepass.site.SiteDetails;
import org.orepass.site.SiteInspection;
import org.orepass.site.SiteRegistration;
import org.orepass.site.SiteStatus;
import org.orepass.site.StatusChangeReason;
import org.orepass.site.StatusChanges;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.transaction.support.TransactionTemplate;

/** Registration, inspection and status history on the real database, with role and jurisdiction checks. */
@SpringBootTest(classes = PersistenceTestApplication.class, properties = "orepass.embedded-database.enabled=false")
@ContextConfiguration(initializers = TestDatabase.Initializer.class)
class SiteRegistryPersistenceTest {

    private static final Actor RWANDA_INSPECTOR = new Actor("insp-rw", 1L, Set.of(Role.INSPECTOR), "RW",
            Set.of("RW-03"));
    private static final Actor UGANDA_INSPECTOR = new Actor("insp-ug", 1L, Set.of(Role.INSPECTOR), "UG", Set.of());

    @Autowired SiteRegistration registration;
    @Autowired SiteInspection inspection;
    @Autowired MineSites sites;
    @Autowired StatusChanges history;
    @Autowired Inspections inspections;
    @Autowired IcglrSequences sequences;
    @Autowired OrganisationAdministration organisations;
    @Autowired TransactionTemplate transaction;
    @Autowired jakarta.persistence.EntityManagerFactory entityManagerFactory;
    @Autowired org.orepass.site.SiteStatusClock clock;

    private SiteDetails rwandanSite(String nationalId, String latitude, boolean confirmed) {
        var owner = organisations.register(new OrganisationDetails("Coop " + System.nanoTime(),
                OrganisationType.COOPERATIVE, "RW", "RW-03", null, null, null, null, null));
        return new SiteDetails("Nyakabingo " + nationalId, nationalId, "RW", "RW-03", "Gicumbi, Nyankenke",
                new BigDecimal(latitude), new BigDecimal("30.0619"), new BigDecimal("1850"), owner.getId(), Set.of(),
                Set.of(Mineral.WOLFRAMITE), ActivityStatus.ACTIVE, MiningType.ARTISANAL, FormalisationStage.LICENSED,
                120, 35, 0, 80, 40, false, Map.of(Mineral.WOLFRAMITE, new BigDecimal("2500")),
                new SiteDetails.LicenceDetails(Licence.Type.MINING_LICENSE, "ML-0042", LocalDate.of(2024, 1, 1),
                        LocalDate.of(2029, 1, 1)), confirmed);
    }

    @Test
    void aRegisteredSiteIsBlueWithAnIcglrIdAndAHistory() {
        var site = registration.register(RWANDA_INSPECTOR, rwandanSite("RW-N-" + System.nanoTime(), "-1.58412", false));
        assertThat(site.getIcglrId().value()).matches("RW--1\\.5841\\+30\\.0619-\\d{5}");
        assertThat(site.getStatus()).isEqualTo(SiteStatus.BLUE);
        assertThat(history.findBySiteIdOrderByChangedOnDescIdDesc(site.getId())).singleElement()
                .satisfies(change -> assertThat(change.getReason()).isEqualTo(StatusChangeReason.REGISTRATION));
    }

    @Test
    void outsideTheJurisdictionNothingIsRegistered() {
        assertThatThrownBy(() -> registration.register(UGANDA_INSPECTOR, rwandanSite(null, "-1.5841", false)))
                .isInstanceOf(SiteAccessDenied.class);
    }

    @Test
    void aPointOutsideTheCountryNeedsConfirmation() {
        assertThatThrownBy(() -> registration.register(RWANDA_INSPECTOR, rwandanSite(null, "1.5841", false)))
                .isInstanceOf(DomainRuleViolation.class)
                .extracting("messageKey").isEqualTo("site.coordinates.outside-country");
        var confirmed = registration.register(RWANDA_INSPECTOR, rwandanSite(null, "1.5841", true));
        assertThat(confirmed.getIcglrId().value()).startsWith("RW-+1.5841");
    }

    @Test
    void aSitesInspectionsComeWithTheirActionsInOneStatementInDeadlineOrder() {
        var site = registration.register(RWANDA_INSPECTOR, rwandanSite(null, "-1.5843", false));
        var today = LocalDate.now();
        for (var on : List.of(today.minusDays(10), today)) {
            inspection.record(RWANDA_INSPECTOR, site.getId(), new InspectionReport(on, "Visit " + on, "J. Mugisha",
                    "RMB", new InspectionChecklist(false, false, false, false, false, false, false, false),
                    new Observations(0, 0, 0, false, false, false, null, null), null,
                    List.of(new InspectionReport.Action("third", on.plusDays(30)),
                            new InspectionReport.Action("first", on.plusDays(5)),
                            new InspectionReport.Action("second", on.plusDays(14))), null, null));
        }
        var statistics = entityManagerFactory.unwrap(org.hibernate.SessionFactory.class).getStatistics();
        statistics.setStatisticsEnabled(true);
        try {
            statistics.clear();
            var loaded = transaction.execute(status -> {
                var found = inspections.findBySiteIdOrderByInspectedOnDescIdDesc(site.getId());
                return found.stream().map(each -> each.getInspectedOn() + ":" + each.getCorrectiveActions().stream()
                        .map(action -> action.getDescription()).toList()).toList();
            });
            assertThat(loaded).containsExactly(today + ":[first, second, third]",
                    today.minusDays(10) + ":[first, second, third]");
            // Before: one statement for the inspections and one more per inspection for its actions.
            assertThat(statistics.getPrepareStatementCount()).isEqualTo(1);
        } finally {
            statistics.setStatisticsEnabled(false);
        }
    }

    @Test
    void aCriticalFindingTurnsTheSiteRedAndAnOverrideNeedsAReason() {
        var site = registration.register(RWANDA_INSPECTOR, rwandanSite(null, "-1.5841", false));
        var critical = new InspectionChecklist(true, false, false, false, false, false, false, false);
        var report = new InspectionReport(LocalDate.now(), "Routine RCM inspection", "J. Mugisha, A. Uwase",
                "Rwanda Mines, Petroleum and Gas Board", critical,
                new Observations(100, 30, 0, true, true, false, "picks, shovels", "Kigali comptoirs"),
                "Armed men collect a levy at the pit.",
                List.of(new InspectionReport.Action("Report to the security committee", LocalDate.now().plusDays(14))),
                null, null);
        var recorded = inspection.record(RWANDA_INSPECTOR, site.getId(), report);
        assertThat(recorded.getResult()).isEqualTo(SiteStatus.RED);
        assertThat(recorded.getCorrectiveActions()).hasSize(1);
        assertThat(sites.findById(site.getId()).orElseThrow().statusOn(LocalDate.now())).isEqualTo(SiteStatus.RED);
        assertThat(history.findBySiteIdOrderByChangedOnDescIdDesc(site.getId()).get(0).getToStatus())
                .isEqualTo(SiteStatus.RED);

        var overriddenWithoutReason = new InspectionReport(LocalDate.now(), "Follow-up", "J. Mugisha", "RMB",
                new InspectionChecklist(false, false, false, true, false, false, false, false),
                new Observations(0, 0, 0, false, false, false, null, null), null, List.of(), SiteStatus.GREEN, "ok");
        assertThatThrownBy(() -> inspection.record(RWANDA_INSPECTOR, site.getId(), overriddenWithoutReason))
                .extracting("messageKey").isEqualTo("inspection.override.justification-required");
        assertThatThrownBy(() -> inspection.record(UGANDA_INSPECTOR, site.getId(), report))
                .isInstanceOf(SiteAccessDenied.class);
        var olderVisit = new InspectionReport(LocalDate.now().minusDays(30), "Earlier visit typed in late",
                "J. Mugisha", "RMB", new InspectionChecklist(false, false, false, false, false, false, false, false),
                new Observations(0, 0, 0, false, false, false, null, null), null, List.of(), null, null);
        assertThatThrownBy(() -> inspection.record(RWANDA_INSPECTOR, site.getId(), olderVisit))
                .extracting("messageKey").isEqualTo("inspection.date.before-latest");
        assertThat(sites.findById(site.getId()).orElseThrow().statusOn(LocalDate.now())).isEqualTo(SiteStatus.RED);
    }

    @Test
    void theNightlyClockRecordsAnExpiredGreen() {
        var site = registration.register(RWANDA_INSPECTOR, rwandanSite(null, "-1.5841", false));
        var clean = new InspectionChecklist(false, false, false, false, false, false, false, false);
        var thirteenMonthsAgo = LocalDate.now().minusMonths(13);
        inspection.record(RWANDA_INSPECTOR, site.getId(), new InspectionReport(thirteenMonthsAgo, "Annual RCM",
                "J. Mugisha", "RMB", clean, new Observations(10, 5, 0, false, false, false, null, null), null,
                List.of(), null, null));
        // Pages already see blue; the recorded status is still green until the clock runs.
        var stored = sites.findById(site.getId()).orElseThrow();
        assertThat(stored.getStatus()).isEqualTo(SiteStatus.GREEN);
        assertThat(stored.statusOn(LocalDate.now())).isEqualTo(SiteStatus.BLUE);

        assertThat(clock.applyTime()).isPositive();
        var after = sites.findById(site.getId()).orElseThrow();
        assertThat(after.getStatus()).isEqualTo(SiteStatus.BLUE);
        assertThat(after.getStatusSince()).isEqualTo(thirteenMonthsAgo.plusMonths(12));
        // In date order: registered today (with a paper inspection from before), green expired a month ago.
        assertThat(history.findBySiteIdOrderByChangedOnDescIdDesc(site.getId()))
                .extracting(change -> change.getReason())
                .containsExactly(StatusChangeReason.REGISTRATION, StatusChangeReason.GREEN_EXPIRED,
                        StatusChangeReason.INSPECTION);
        assertThat(clock.applyTime()).as("nothing left to change for this site").isGreaterThanOrEqualTo(0);
        assertThat(history.findBySiteIdOrderByChangedOnDescIdDesc(site.getId())).hasSize(3);
    }

    @Test
    void theListFiltersByTheStatusAsOfTodayExactlyAsThePagesShowIt() {
        var cases = Map.of(
                new InspectionChecklist(false, false, false, false, false, false, false, false), 13,
                new InspectionChecklist(false, false, false, true, false, false, false, false), 4,
                new InspectionChecklist(false, false, false, false, false, false, false, true), 1);
        for (var entry : cases.entrySet()) {
            var details = rwandanSite("STATUS-" + System.nanoTime(), "-1.5841", false);
            var site = registration.register(RWANDA_INSPECTOR, details);
            inspection.record(RWANDA_INSPECTOR, site.getId(), new InspectionReport(
                    LocalDate.now().minusMonths(entry.getValue()), "RCM", "J. Mugisha", "RMB", entry.getKey(),
                    new Observations(1, 1, 0, false, false, false, null, null), null, List.of(), null, null));
            var today = LocalDate.now();
            var shown = sites.findById(site.getId()).orElseThrow().statusOn(today);
            for (SiteStatus status : SiteStatus.values()) {
                var found = sites.page(new org.orepass.site.SiteSearch(details.name(), null, null, null, status,
                                null, null, null), new org.orepass.site.SiteVisibility(true, null), today,
                        org.orepass.shared.PageQuery.first()).size();
                assertThat(found).as("%s filtered as %s (shown %s)", details.name(), status, shown)
                        .isEqualTo(status == shown ? 1 : 0);
                var listed = listings.list(new org.orepass.site.SiteSearch(details.name(), null, null, null, status,
                                null, null, null), new org.orepass.site.SiteVisibility(true, null), today,
                        org.orepass.shared.PageQuery.first());
                assertThat(listed.total()).as("%s listed as %s (shown %s)", details.name(), status, shown)
                        .isEqualTo(status == shown ? 1 : 0);
                listed.items().forEach(row -> assertThat(row.statusOn(today)).isEqualTo(shown));
            }
        }
    }

    @Test
    void operatorsListOnlyTheirOwnSites() {
        var details = rwandanSite("OWN-" + System.nanoTime(), "-1.5841", false);
        var site = registration.register(RWANDA_INSPECTOR, details);
        var search = new org.orepass.site.SiteSearch(details.name(), null, null, null, null, null, null, null);
        var today = LocalDate.now();
        var page = org.orepass.shared.PageQuery.first();
        assertThat(sites.page(search, new org.orepass.site.SiteVisibility(false, details.ownerId()), today, page))
                .hasSize(1);
        assertThat(sites.page(search, new org.orepass.site.SiteVisibility(false, -1L), today, page)).isEmpty();
        assertThat(sites.page(search, new org.orepass.site.SiteVisibility(false, null), today, page)).isEmpty();
        assertThat(listings.list(search, new org.orepass.site.SiteVisibility(false, details.ownerId()), today, page)
                .items()).extracting(org.orepass.site.SiteSummary::id).containsExactly(site.getId());
        assertThat(listings.list(search, new org.orepass.site.SiteVisibility(false, -1L), today, page).total())
                .isZero();
        assertThat(listings.list(search, new org.orepass.site.SiteVisibility(false, null), today, page).total())
                .isZero();
    }

    @Test
    void theListRowsCarryWhatThePageShowsInTheChosenOrder() {
        var prefix = "Order" + System.nanoTime();
        var second = rwandanSite("ORD-B-" + System.nanoTime(), "-1.5841", false);
        var first = rwandanSite("ORD-A-" + System.nanoTime(), "-1.5841", false);
        var bravo = registration.register(RWANDA_INSPECTOR, withName(second, prefix + " Bravo"));
        registration.register(RWANDA_INSPECTOR, withName(first, prefix + " Alpha"));
        var all = new org.orepass.site.SiteVisibility(true, null);
        var byName = listings.list(new org.orepass.site.SiteSearch(prefix.toUpperCase(), "RW", "RW-03",
                Mineral.WOLFRAMITE, SiteStatus.BLUE, FormalisationStage.LICENSED, ActivityStatus.ACTIVE, null), all,
                LocalDate.now(), org.orepass.shared.PageQuery.first());
        assertThat(byName.items()).extracting(org.orepass.site.SiteSummary::name)
                .containsExactly(prefix + " Alpha", prefix + " Bravo");
        var row = byName.items().get(0);
        assertThat(row.minerals()).containsExactly(Mineral.WOLFRAMITE);
        assertThat(row.icglrId()).startsWith("RW--1.5841+30.0619-");
        assertThat(row.division()).isEqualTo("RW-03");
        var newestFirst = listings.list(new org.orepass.site.SiteSearch(prefix, null, null, null, null, null, null,
                org.orepass.site.SiteSearch.Sort.REGISTERED), all, LocalDate.now(),
                new org.orepass.shared.PageQuery(0, 1));
        assertThat(newestFirst.items()).extracting(org.orepass.site.SiteSummary::name)
                .containsExactly(prefix + " Alpha");
        assertThat(newestFirst.total()).isEqualTo(2);
        for (int i = 0; i < 11; i++) {
            registration.register(RWANDA_INSPECTOR, withName(rwandanSite("ORD-C-" + System.nanoTime(), "-1.5841",
                    false), prefix + " Charlie " + i));
        }
        // With another filter the list is SQL's, counted up to ten pages; a text search alone is counted exactly
        // (SiteDirectory).
        var capped = listings.list(new org.orepass.site.SiteSearch(prefix, "RW", null, null, null, null, null,
                null), all, LocalDate.now(), new org.orepass.shared.PageQuery(0, 1), 0, 0);
        assertThat(capped.atLeast()).as("13 sites, counted up to ten pages of one").isTrue();
        assertThat(capped.total()).isEqualTo(10);
        assertThat(capped.hasNext()).isTrue();
        assertThat(capped.items()).hasSize(1);
        var exact = listings.list(new org.orepass.site.SiteSearch(prefix, "RW", null, null, null, null, null,
                null), all, LocalDate.now(), new org.orepass.shared.PageQuery(0, 2), 0, 0);
        assertThat(exact.atLeast()).as("13 sites fit within ten pages of two").isFalse();
        assertThat(exact.total()).isEqualTo(13);
        var textOnly = listings.list(new org.orepass.site.SiteSearch(prefix, null, null, null, null, null, null,
                null), all, LocalDate.now(), new org.orepass.shared.PageQuery(0, 1), 0, 0);
        assertThat(textOnly.atLeast()).isFalse();
        assertThat(textOnly.total()).isEqualTo(13);
        assertThat(textOnly.items()).extracting(org.orepass.site.SiteSummary::name).containsExactly(prefix + " Alpha");
        assertThat(listings.list(new org.orepass.site.SiteSearch(prefix, null, null, Mineral.GOLD, null, null, null,
                null), all, LocalDate.now(), org.orepass.shared.PageQuery.first()).total()).isZero();
        // The row's copy of the minerals (V11 triggers) follows an edit.
        var goldToo = withMinerals(withName(second, prefix + " Bravo"), Set.of(Mineral.WOLFRAMITE, Mineral.GOLD));
        registration.edit(RWANDA_INSPECTOR, bravo.getId(), bravo.getVersion(), goldToo);
        var gold = listings.list(new org.orepass.site.SiteSearch(prefix, null, null, Mineral.GOLD, null, null, null,
                null), all, LocalDate.now(), org.orepass.shared.PageQuery.first());
        assertThat(gold.items()).extracting(org.orepass.site.SiteSummary::name).containsExactly(prefix + " Bravo");
        assertThat(gold.items().get(0).minerals()).containsExactly(Mineral.GOLD, Mineral.WOLFRAMITE);
        assertThat(listings.list(new org.orepass.site.SiteSearch(prefix + "%", null, null, null, null, null, null,
                null), all, LocalDate.now(), org.orepass.shared.PageQuery.first()).total())
                .as("%% is searched as a plain character").isZero();
    }

    private static SiteDetails withMinerals(SiteDetails d, Set<Mineral> minerals) {
        return new SiteDetails(d.name(), d.nationalId(), d.country(), d.division(), d.locality(), d.latitude(),
                d.longitude(), d.altitude(), d.ownerId(), d.operatorIds(), minerals, d.activityStatus(),
                d.miningType(), d.formalisationStage(), d.workersMen(), d.workersWomen(), d.childrenObserved(),
                d.membersMen(), d.membersWomen(), d.mercuryUse(), d.capacityKgPerMonth(), d.licence(),
                d.locationConfirmed());
    }

    private static SiteDetails withName(SiteDetails d, String name) {
        return new SiteDetails(name, d.nationalId(), d.country(), d.division(), d.locality(), d.latitude(),
                d.longitude(), d.altitude(), d.ownerId(), d.operatorIds(), d.minerals(), d.activityStatus(),
                d.miningType(), d.formalisationStage(), d.workersMen(), d.workersWomen(), d.childrenObserved(),
                d.membersMen(), d.membersWomen(), d.mercuryUse(), d.capacityKgPerMonth(), d.licence(),
                d.locationConfirmed());
    }

    @Autowired JdbcSiteListings listings;
    @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Test
    void largeUnfilteredListsTakeTheEstimatedTotalAndFilteredOnesAreCounted() {
        registration.register(RWANDA_INSPECTOR, rwandanSite(null, "-1.5841", false));
        jdbc.execute("analyze mine_site");
        var today = LocalDate.now();
        var all = new org.orepass.site.SiteVisibility(true, null);
        var page = org.orepass.shared.PageQuery.first();
        assertThat(listings.list(org.orepass.site.SiteSearch.any(), all, today, page, 0).estimated()).isTrue();
        assertThat(listings.list(org.orepass.site.SiteSearch.any(), all, today, page).estimated()).isFalse();
        var listedInRwanda = listings.list(new org.orepass.site.SiteSearch(null, "RW", null, null, null, null, null,
                null), all, today, page, 0);
        assertThat(listedInRwanda.estimated()).isFalse();
        assertThat(listedInRwanda.total()).as("filters are counted").isEqualTo(sites.page(
                new org.orepass.site.SiteSearch(null, "RW", null, null, null, null, null, null), all, today,
                new org.orepass.shared.PageQuery(0, org.orepass.shared.PageQuery.MAX_SIZE)).size());
    }

    @Test
    void concurrentRegistrationsGetDistinctSequenceNumbers() throws Exception {
        var country = "BI";
        var numbers = ConcurrentHashMap.<Integer>newKeySet();
        var pool = Executors.newFixedThreadPool(8);
        try {
            var futures = new java.util.ArrayList<Future<?>>();
            for (int i = 0; i < 40; i++) {
                futures.add(pool.submit(() -> numbers.add(sequences.next(country))));
            }
            for (var future : futures) {
                future.get();
            }
        } finally {
            pool.shutdown();
        }
        assertThat(numbers).hasSize(40);
    }
}
