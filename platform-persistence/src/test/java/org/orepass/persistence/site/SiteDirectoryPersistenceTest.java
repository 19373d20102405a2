package org.orepass.persistence.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.orepass.account.Actor;
import org.orepass.account.Role;
import org.orepass.persistence.testing.PersistenceTestApplication;
import org.orepass.persistence.testing.TestDatabase;
import org.orepass.shared.PageQuery;
import org.orepass.site.ActivityStatus;
import org.orepass.site.FormalisationStage;
import org.orepass.site.Licence;
import org.orepass.site.MineSite;
import org.orepass.site.Mineral;
import org.orepass.site.MiningType;
import org.orepass.site.SiteDetails;
import org.orepass.site.SiteRegistration;
import org.orepass.site.SiteSearch;
import org.orepass.site.SiteSummary;
import org.orepass.site.SiteVisibility;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;

/**
 * A text search over every site is answered from the in-memory name index: the same sites, order and count as
 * SQL's LIKE over name, ICGLR id and national id, and it follows new and renamed sites at once.
 */
@SpringBootTest(classes = PersistenceTestApplication.class, properties = "orepass.embedded-database.enabled=false")
@ContextConfiguration(initializers = TestDatabase.Initializer.class)
class SiteDirectoryPersistenceTest {

    private static final Actor INSPECTOR = new Actor("insp-names", 1L, Set.of(Role.INSPECTOR), "RW", Set.of());
    private static final SiteVisibility ALL = new SiteVisibility(true, null);

    @Autowired SiteRegistration registration;
    @Autowired JdbcSiteListings listings;
    @Autowired SiteDirectory directory;
    @Autowired JdbcTemplate jdbc;

    private MineSite register(String name, String nationalId) {
        return register(name, nationalId, null);
    }

    private MineSite register(String name, String nationalId, String locality) {
        return registration.register(INSPECTOR, new SiteDetails(name, nationalId, "RW", "RW-03", locality,
                new BigDecimal("-1.58"), new BigDecimal("30.06"), null, null, Set.of(), Set.of(Mineral.COLTAN),
                ActivityStatus.ACTIVE, MiningType.ARTISANAL, FormalisationStage.LICENSED, 10, 2, 0, 0, 0, false,
                Map.of(), new SiteDetails.LicenceDetails(Licence.Type.UNLICENSED, null, null, null), false));
    }

    private List<Long> page(String text, int page) {
        return listings.list(new SiteSearch(text, null, null, null, null, null, null, null), ALL, LocalDate.now(),
                new PageQuery(page, 5)).items().stream().map(SiteSummary::id).toList();
    }

    private List<Long> sql(String text) {
        var pattern = new SiteSearch(text, null, null, null, null, null, null, null).textPattern();
        return jdbc.queryForList("""
                select id from mine_site s where lower(s.name) like ? escape '\\' or lower(s.icglr_id) like ?
                    escape '\\' or lower(s.national_id) like ? escape '\\' order by s.name, s.id""", Long.class,
                pattern, pattern, pattern);
    }

    @Test
    void aTextSearchMatchesWhatSqlMatchesInTheSameOrder() {
        var tag = "Kibali" + System.nanoTime();
        for (var name : List.of("Zeta " + tag, "alpha " + tag, "Ëlo " + tag, "Alpha " + tag, "Mid " + tag.toUpperCase(),
                "Beta " + tag, "Beta " + tag, "Other place", "Gamma " + tag + " 2", "Delta " + tag)) {
            register(name, null);
        }
        register("By national id", "nat-" + tag);
        var expected = sql(tag);
        assertThat(expected).hasSize(10);
        var pages = new java.util.ArrayList<Long>();
        for (int p = 0; p < 3; p++) {
            pages.addAll(page(tag, p));
        }
        assertThat(pages).isEqualTo(expected);
        var first = listings.list(new SiteSearch(tag.toLowerCase(), null, null, null, null, null, null, null), ALL,
                LocalDate.now(), new PageQuery(0, 5));
        assertThat(first.total()).isEqualTo(10);
        // An ICGLR id is searchable too, and a % in the text is a character, not a wildcard.
        var icglr = jdbc.queryForObject("select icglr_id from mine_site where national_id = ?", String.class,
                "nat-" + tag);
        assertThat(page(icglr.toLowerCase(), 0)).isEqualTo(sql(icglr));
        assertThat(page("%" + tag, 0)).isEmpty();
        var beyond = directory.search(tag, 200L * Integer.MAX_VALUE, 200);
        assertThat(beyond.ids()).isEmpty();
        assertThat(beyond.total()).isEqualTo(10);
    }

    /**
     * Reporters pick a site by name or place (issue 12): the same sites and order as SQL's LIKE over name,
     * locality and division in the country, and never by an identifier (an ICGLR id holds the coordinates).
     */
    @Test
    void aReporterSearchMatchesNameOrPlaceAsSqlDoesAndNeverIdentifiers() {
        var tag = "Nyabibwe" + System.nanoTime();
        register("Zeta " + tag, null);
        register("Pit on the hill", null, "Upper " + tag.toUpperCase());
        register("alpha " + tag, null, "Kalehe");
        register("Beta pit", null, "Lower " + tag);
        var byIdentifier = register("Gamma pit", "nat-" + tag);
        var expected = jdbc.queryForList("""
                select id from mine_site where country = 'RW' and (lower(name) like ? or lower(locality) like ?
                    or lower(division) like ?) order by name, id""", Long.class, "%" + tag.toLowerCase() + "%",
                "%" + tag.toLowerCase() + "%", "%" + tag.toLowerCase() + "%");
        assertThat(expected).hasSize(4).doesNotContain(byIdentifier.getId());
        assertThat(directory.byNameOrPlace(tag, "RW", 10)).isEqualTo(expected);
        assertThat(directory.byNameOrPlace(tag.toLowerCase(), null, 10)).isEqualTo(expected);
        assertThat(directory.byNameOrPlace(tag, "RW", 2)).isEqualTo(expected.subList(0, 2));
        assertThat(directory.byNameOrPlace(tag, "CD", 10)).isEmpty();
        var icglr = jdbc.queryForObject("select icglr_id from mine_site where id = ?", String.class,
                byIdentifier.getId());
        assertThat(directory.byNameOrPlace(icglr, null, 10)).isEmpty();
        assertThat(directory.byNameOrPlace("30.06", null, 10)).isEmpty();
        // Places follow an edit at once.
        jdbc.update("update mine_site set locality = ? where id = ?", "Moved " + tag, byIdentifier.getId());
        assertThat(directory.byNameOrPlace(tag, "RW", 10)).contains(byIdentifier.getId()).hasSize(5);
    }

    @Test
    void newAndRenamedSitesAreFoundAtOnce() {
        var tag = "Rubaya" + System.nanoTime();
        assertThat(page(tag, 0)).isEmpty();
        var site = register("Pit " + tag, null);
        assertThat(page(tag, 0)).containsExactly(site.getId());
        jdbc.update("update mine_site set name = 'Renamed elsewhere' where id = ?", site.getId());
        assertThat(page(tag, 0)).isEmpty();
        assertThat(page("renamed elsewhere", 0)).contains(site.getId());
    }

    @Test
    void divisionCentresAreTheAverageSqlGivesAndFollowMovedSites() {
        var site = register("Centre " + System.nanoTime(), null);
        var sql = jdbc.queryForMap("select avg(latitude)::float8 as lat, avg(longitude)::float8 as lon, count(*) as n "
                + "from mine_site where division = 'RW-03'");
        var centre = directory.divisionCentres(List.of("RW-03", "RW-99")).get("RW-03");
        assertThat(centre.latitude()).isCloseTo((Double) sql.get("lat"), org.assertj.core.data.Offset.offset(1e-12));
        assertThat(centre.longitude()).isCloseTo((Double) sql.get("lon"), org.assertj.core.data.Offset.offset(1e-12));
        assertThat(centre.sites()).isEqualTo((Long) sql.get("n"));
        assertThat(directory.divisionCentres(List.of("RW-99"))).isEmpty();
        jdbc.update("update mine_site set division = 'RW-05' where id = ?", site.getId());
        assertThat(directory.divisionCentres(List.of("RW-03")).get("RW-03").sites()).isEqualTo(centre.sites() - 1);
        assertThat(directory.divisionCentres(List.of("RW-05")).get("RW-05").latitude()).isEqualTo(-1.58);
    }

    @Test
    void namesSortByCodePointAsTheCollationDoes() {
        assertThat(SiteDirectory.compareCodePoints("Alpha", "alpha")).isNegative();
        assertThat(SiteDirectory.compareCodePoints("Zeta", "Ëlo")).isNegative();
        assertThat(SiteDirectory.compareCodePoints("Beta", "Beta 2")).isNegative();
        assertThat(SiteDirectory.compareCodePoints("Beta", "Beta")).isZero();
    }
}
