package org.orepass.web.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.sun.net.httpserver.HttpServer;
import java.math.BigDecimal;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.orepass.account.Actor;
import org.orepass.account.Role;
import org.orepass.organisation.OrganisationType;
import org.orepass.site.ActivityStatus;
import org.orepass.site.FormalisationStage;
import org.orepass.site.Licence;
import org.orepass.site.MineSite;
import org.orepass.site.Mineral;
import org.orepass.site.MiningType;
import org.orepass.site.SiteDetails;
import org.orepass.site.SiteRegistration;
import org.orepass.web.security.SignedInUser;
import org.orepass.web.testing.AccountFixtures;
import org.orepass.web.testing.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/** The site map: colours, links, visibility, filters, grouping, outlines and tiles, languages and weight. */
@PlatformTest
class SiteMapIntegrationTest {

    private static final Actor UGANDA_INSPECTOR = new Actor("map-inspector", 1L, Set.of(Role.INSPECTOR), "UG",
            Set.of());
    private static final int BUDGET = 100 * 1024;

    @Autowired MockMvc mvc;
    @Autowired AccountFixtures fixtures;
    @Autowired SiteRegistration registration;
    @Autowired SiteMapSettings settings;
    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate transaction;

    private MineSite site(String name, String latitude, String longitude, Mineral mineral, Long ownerId) {
        return registration.register(UGANDA_INSPECTOR, new SiteDetails(name, null, "UG", "UG-W", null,
                new BigDecimal(latitude), new BigDecimal(longitude), null, ownerId, Set.of(), Set.of(mineral),
                ActivityStatus.ACTIVE, MiningType.ARTISANAL, FormalisationStage.LICENSED, 10, 2, 0, 0, 0, false,
                Map.of(), new SiteDetails.LicenceDetails(Licence.Type.UNLICENSED, null, null, null), false));
    }

    private void makeRed(MineSite site) {
        jdbc.update("update mine_site set status = 'RED' where id = ?", site.getId());
    }

    private String map(SignedInUser who, String... params) throws Exception {
        var request = get("/sites/map").with(user(who));
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        var response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        return response.getContentAsString();
    }

    /** The dot of one site: a link to its file around a circle of its colour, titled with name and status. */
    private static Pattern dot(MineSite site, String colour, String status) {
        return Pattern.compile("<a href=\"/sites/" + site.getId() + "\"><circle cx=\"\\d+\" cy=\"\\d+\" r=\"7\" "
                + "class=\"st-" + colour + "\"><title>" + Pattern.quote(site.getName() + " · " + status)
                + "</title></circle></a>");
    }

    @Test
    void visibleSitesAreDotsInTheirStatusColourLinkingToTheirFile() throws Exception {
        var prefix = AccountFixtures.unique("Map pit");
        var blue = site(prefix + " blue", "-1.2833", "29.6947", Mineral.CASSITERITE, null);
        var red = site(prefix + " red", "-1.10", "29.90", Mineral.CASSITERITE, null);
        makeRed(red);
        var html = map(fixtures.signedIn(Role.CSO_MONITOR), "q", prefix);
        assertThat(html).containsPattern(dot(blue, "blue", "Blue")).containsPattern(dot(red, "red", "Red"));
        assertThat(html).contains("Map of the 2 sites found").contains("Red: no trade (1)")
                .contains("Blue: not yet inspected (1)");
        // The status badges' colours, the same CSS file.
        var css = mvc.perform(get("/css/orepass.css")).andReturn().getResponse().getContentAsString();
        assertThat(css).contains(".st-red { fill: #b3261e; }")
                .contains(".status-red { color: #8b1a13; border-color: #b3261e;");
        // Both ways between list and map, with the same filters.
        assertThat(html).contains("href=\"/sites?q=" + prefix.replace(" ", "%20") + "\"");
        var list = mvc.perform(get("/sites?q=" + prefix.replace(" ", "+") + "&status=RED")
                .with(user(fixtures.signedIn(Role.CSO_MONITOR)))).andReturn().getResponse().getContentAsString();
        assertThat(list).contains("href=\"/sites/map?q=" + prefix.replace(" ", "+") + "&amp;status=RED\"");
        assertThat(map(fixtures.signedIn(Role.CSO_MONITOR), "q", prefix, "status", "RED", "mineral", "GOLD"))
                .contains("href=\"/sites?q=" + prefix.replace(" ", "%20") + "&amp;mineral=GOLD&amp;status=RED\"");
    }

    @Test
    void anOperatorSeesOnlyItsOwnSitesAndAnExporterNone() throws Exception {
        var prefix = AccountFixtures.unique("Map own");
        var account = fixtures.user(Role.OPERATOR);
        var operator = SignedInUser.of(account, false).withoutPassword();
        var own = site(prefix + " mine", "-1.28", "29.69", Mineral.GOLD, account.getOrganisation().getId());
        var other = site(prefix + " theirs", "-1.30", "29.70", Mineral.GOLD,
                fixtures.organisation(OrganisationType.COOPERATIVE).getId());
        var html = map(operator, "q", prefix);
        assertThat(html).containsPattern(dot(own, "blue", "Blue")).doesNotContain(other.getName())
                .doesNotContain("/sites/" + other.getId() + "\"");
        var exporter = map(fixtures.signedIn(Role.EXPORTER), "q", prefix);
        assertThat(exporter).doesNotContain(own.getName()).contains("Map of the sites found (none)");
        // Even grouped, an operator's counts leave out what it may not see.
        settings.setPointLimit(0);
        try {
            assertThat(map(operator, "q", prefix)).contains("1 site here: 0 red, 0 yellow, 1 blue, 0 green");
        } finally {
            settings.setPointLimit(SiteMapSettings.DEFAULT_POINT_LIMIT);
        }
    }

    @Test
    void theListsFiltersApplyAndACountryFilterZoomsToThatCountry() throws Exception {
        var prefix = AccountFixtures.unique("Map filter");
        var gold = site(prefix + " gold", "-1.28", "29.69", Mineral.GOLD, null);
        var tin = site(prefix + " tin", "0.35", "32.58", Mineral.CASSITERITE, null);
        makeRed(tin);
        var auditor = fixtures.signedIn(Role.AUDITOR);
        assertThat(map(auditor, "q", prefix, "mineral", "GOLD")).containsPattern(dot(gold, "blue", "Blue"))
                .doesNotContain(tin.getName());
        assertThat(map(auditor, "q", prefix, "status", "RED")).containsPattern(dot(tin, "red", "Red"))
                .doesNotContain(gold.getName());
        assertThat(map(auditor, "q", prefix, "country", "ug", "division", "UG-W", "activity", "ACTIVE",
                "stage", "LICENSED")).contains(gold.getName()).contains(tin.getName())
                .contains("<path d=\"M").contains("class=\"country country-selected\"");
        var rwanda = map(auditor, "q", prefix, "country", "RW");
        assertThat(rwanda).doesNotContain(gold.getName()).contains("Map of the sites found (none)");
        // Zoomed on Rwanda, far-away countries are not drawn at all.
        assertThat(outlineCount(rwanda)).isBetween(3, 8);
        assertThat(outlineCount(map(auditor, "q", prefix + " nothing"))).isGreaterThanOrEqualTo(10);
    }

    private static int outlineCount(String html) {
        return (int) Pattern.compile("<path d=\"M").matcher(html).results().count();
    }

    @Test
    void aboveThePointLimitSitesAreCountedPerAreaAndColouredByTheWorst() throws Exception {
        var prefix = AccountFixtures.unique("Map grid");
        var near = new ArrayList<MineSite>();
        near.add(site(prefix + " a", "-1.280", "29.690", Mineral.GOLD, null));
        near.add(site(prefix + " b", "-1.281", "29.691", Mineral.GOLD, null));
        near.add(site(prefix + " c", "-1.282", "29.692", Mineral.GOLD, null));
        var far = site(prefix + " far", "2.50", "32.00", Mineral.GOLD, null);
        makeRed(near.get(1));
        settings.setPointLimit(3);
        try {
            var html = map(fixtures.signedIn(Role.INSPECTOR), "q", prefix);
            assertThat(html).contains("drawn as one circle").contains("class=\"cluster\"")
                    .contains("<title>3 sites here: 1 red, 0 yellow, 2 blue, 0 green</title>")
                    .contains("<title>1 site here: 0 red, 0 yellow, 1 blue, 0 green</title>")
                    .containsPattern("class=\"st-red\"><title>3 sites here")
                    .doesNotContain("href=\"/sites/" + far.getId() + "\"").doesNotContain(far.getName());
        } finally {
            settings.setPointLimit(SiteMapSettings.DEFAULT_POINT_LIMIT);
        }
        // Below the limit every site is drawn on its own, but three sites 100 m apart would cover each other: they
        // are one numbered circle (MapMarks), and the far site stays a link.
        assertThat(map(fixtures.signedIn(Role.INSPECTOR), "q", prefix))
                .contains("<title>3 sites here: 1 red, 0 yellow, 2 blue, 0 green</title>")
                .doesNotContain("href=\"/sites/" + near.get(0).getId() + "\"")
                .contains("href=\"/sites/" + far.getId() + "\"");
    }

    @Test
    void withoutATileUrlOnlyTheBundledOutlinesAreDrawnAndNothingIsFetched() throws Exception {
        var admin = fixtures.signedIn(Role.ADMIN);
        var html = map(admin);
        assertThat(html).contains("class=\"country\"").contains("<path d=\"M").doesNotContain("<image")
                .contains("Natural Earth");
        assertThat(mvc.perform(get("/sites/map/tiles/3/4/4.png").with(user(admin))).andReturn().getResponse()
                .getStatus()).isEqualTo(404);
    }

    @Test
    void aConfiguredTileServerIsDrawnUnderTheOutlinesThroughOrePass() throws Exception {
        var png = new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 1, 2, 3};
        var requested = new ArrayList<String>();
        var tileServer = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        tileServer.createContext("/", exchange -> {
            requested.add(exchange.getRequestURI().getPath());
            exchange.getResponseHeaders().add("Content-Type", "image/png");
            exchange.sendResponseHeaders(200, png.length);
            exchange.getResponseBody().write(png);
            exchange.close();
        });
        tileServer.start();
        var admin = fixtures.signedIn(Role.ADMIN);
        settings.setTileUrl("http://127.0.0.1:" + tileServer.getAddress().getPort() + "/tiles/{z}/{x}/{y}.png");
        settings.setTileAttribution("© Test tile contributors");
        try {
            var html = map(admin, "country", "RW");
            var tiles = Pattern.compile("<image class=\"map-tile\" preserveAspectRatio=\"none\" "
                    + "href=\"(/sites/map/tiles/(\\d+)/(\\d+)/(\\d+)\\.png)\"").matcher(html).results().toList();
            assertThat(tiles).isNotEmpty().hasSizeLessThanOrEqualTo(35);
            assertThat(html.indexOf("<image")).as("tiles under the outlines").isLessThan(html.indexOf("<path d="));
            assertThat(html).contains("country-over-tiles").contains("© Test tile contributors");
            assertThat(html).doesNotContain("127.0.0.1");
            var first = tiles.get(0);
            var tile = mvc.perform(get(first.group(1)).with(user(admin))).andReturn().getResponse();
            assertThat(tile.getStatus()).isEqualTo(200);
            assertThat(tile.getContentType()).isEqualTo("image/png");
            assertThat(tile.getContentAsByteArray()).isEqualTo(png);
            assertThat(requested).containsExactly("/tiles/" + first.group(2) + "/" + first.group(3) + "/"
                    + first.group(4) + ".png");
            // Cached: the tile server is asked once.
            mvc.perform(get(first.group(1)).with(user(admin)));
            assertThat(requested).hasSize(1);
            assertThat(mvc.perform(get("/sites/map/tiles/2/9/0.png").with(user(admin))).andReturn().getResponse()
                    .getStatus()).as("no such tile").isEqualTo(404);
        } finally {
            settings.setTileUrl("");
            settings.setTileAttribution("");
            tileServer.stop(0);
        }
        assertThat(map(admin, "country", "RW")).doesNotContain("<image");
    }

    @Test
    void thePageSpeaksTheUsersLanguageAndStaysWithinTheBudgetAtThePointLimit() throws Exception {
        // The heaviest map: as many sites as are drawn one by one, in the country with the longest outline.
        var prefix = AccountFixtures.unique("Map weight");
        var limit = settings.pointLimit();
        var admin = new Actor("map-admin", 1L, Set.of(Role.ADMIN), null, Set.of());
        transaction.executeWithoutResult(status -> {
            for (int i = 0; i < limit; i++) {
                registration.register(admin, new SiteDetails(prefix + " " + i, null, "CD", null, null,
                        BigDecimal.valueOf(-12 + (i / 20) * 0.85), BigDecimal.valueOf(13 + (i % 20) * 0.9), null, null,
                        Set.of(), Set.of(Mineral.COLTAN), ActivityStatus.ACTIVE, MiningType.ARTISANAL,
                        FormalisationStage.LICENSED, 0, 0, 0, 0, 0, false, Map.of(),
                        new SiteDetails.LicenceDetails(Licence.Type.UNLICENSED, null, null, null), false));
            }
        });
        var viewer = fixtures.signedIn(Role.ADMIN, Role.INSPECTOR);
        var css = mvc.perform(get("/css/orepass.css")).andReturn().getResponse().getContentAsByteArray().length;
        var titles = Map.of("en", "Map of mine sites", "fr", "Carte des sites miniers", "es", "Mapa de sitios mineros",
                "sw", "Ramani ya maeneo ya migodi");
        for (var language : List.of("en", "fr", "es", "sw")) {
            var pages = new ArrayList<String>();
            pages.add(map(viewer, "lang", language, "q", prefix, "country", "CD"));
            pages.add(map(viewer, "lang", language, "country", "ID"));
            settings.setPointLimit(0);
            try {
                pages.add(map(viewer, "lang", language, "q", prefix, "country", "CD"));
            } finally {
                settings.setPointLimit(limit);
            }
            // At the limit every site is drawn: as its own dot, or counted in the circle of the dots it would cover.
            long dots = Pattern.compile("<a href=\"/sites/\\d+\"><circle").matcher(pages.get(0)).results().count();
            long inCircles = Pattern.compile("aria-hidden=\"true\">(\\d+)</text>").matcher(pages.get(0)).results()
                    .mapToLong(match -> Long.parseLong(match.group(1))).sum();
            assertThat(dots + inCircles).isEqualTo(limit);
            assertThat(pages.get(2)).contains("class=\"cluster\"");
            for (var html : pages) {
                assertThat(html).as(language).contains("lang=\"" + language + "\"").contains(titles.get(language))
                        .doesNotContain("??");
                assertThat(html.getBytes(StandardCharsets.UTF_8).length + css).as("bytes in %s", language)
                        .isLessThanOrEqualTo(BUDGET);
            }
        }
    }
}
