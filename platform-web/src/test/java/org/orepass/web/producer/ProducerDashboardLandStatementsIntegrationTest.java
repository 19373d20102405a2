package org.orepass.web.producer;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;
import org.orepass.account.Actor;
import org.orepass.account.Role;
import org.orepass.producer.ProgrammeDashboard;
import org.orepass.web.custody.TradeBlockFixtures;
import org.orepass.web.security.SignedInUser;
import org.orepass.web.testing.AccountFixtures;
import org.orepass.web.testing.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The programme dashboard's land rehabilitation figures read every producer in scope with the same statements: a
 * place of six producers costs no more SQL than a place of two (no query per producer).
 */
@PlatformTest
class ProducerDashboardLandStatementsIntegrationTest {

    @Autowired MockMvc mvc;
    @Autowired AccountFixtures fixtures;
    @Autowired JdbcTemplate jdbc;
    @Autowired Clock clock;
    @Autowired ProgrammeDashboard dashboard;
    @Autowired EntityManagerFactory entityManagerFactory;

    @Test
    void theLandFiguresTakeAsManyStatementsForSixProducersAsForTwo() throws Exception {
        var f = new TradeBlockFixtures(mvc, fixtures, jdbc);
        var p = new ProducerFixtures(mvc, fixtures, jdbc);
        var inspector = fixtures.signedIn(Role.INSPECTOR);
        var admin = fixtures.signedIn(Role.ADMIN).actor();
        // A division of this test's own (organisation.division is free text up to 6 characters): its producers only.
        var letters = "ABCDEFGHJKLMNPQRSTUVXYZ";
        var random = ThreadLocalRandom.current();
        var division = "UG-" + letters.charAt(random.nextInt(letters.length()))
                + letters.charAt(random.nextInt(letters.length())) + letters.charAt(random.nextInt(letters.length()));
        for (int i = 0; i < 2; i++) {
            producer(f, p, inspector, division);
        }
        var two = dashboard.land(admin, "UG", division);
        assertThat(two).hasSize(1);
        assertThat(two.get(0).producers()).isEqualTo(2);
        assertThat(two.get(0).commitments()).isEqualTo(4);
        assertThat(two.get(0).promisedHa()).isEqualByComparingTo("14");
        assertThat(two.get(0).verifiedHa()).isEqualByComparingTo("6");
        long withTwo = statementsFor(admin, division);

        for (int i = 0; i < 4; i++) {
            producer(f, p, inspector, division);
        }
        var six = dashboard.land(admin, "UG", division);
        assertThat(six).hasSize(1);
        assertThat(six.get(0).producers()).isEqualTo(6);
        assertThat(six.get(0).commitments()).isEqualTo(12);
        assertThat(six.get(0).promisedHa()).isEqualByComparingTo("42");
        assertThat(six.get(0).verifiedHa()).isEqualByComparingTo("18");
        assertThat(statementsFor(admin, division)).as("statements for six producers (two: %d)", withTwo)
                .isEqualTo(withTwo);
    }

    /**
     * A cooperative of the division with two sites: 4 ha promised with 1 ha agreed then 2 ha disputed, and 3 ha
     * promised with 2 ha agreed (3 ha verified of 7).
     */
    private void producer(TradeBlockFixtures f, ProducerFixtures p, SignedInUser inspector, String division)
            throws Exception {
        var today = LocalDate.now(clock);
        var operator = p.cooperativeOperator();
        long site1 = f.site(inspector, operator);
        long site2 = f.site(inspector, operator);
        long producer = p.profile(operator, false);
        long c1 = p.rehabilitation(operator, producer, site1, "4");
        p.rehabilitationVerdict(inspector, producer, c1,
                p.rehabilitationProgress(operator, producer, c1, "1", today.minusDays(20)), "AGREE");
        p.rehabilitationVerdict(inspector, producer, c1,
                p.rehabilitationProgress(operator, producer, c1, "2", today.minusDays(5)), "DISAGREE");
        long c2 = p.rehabilitation(operator, producer, site2, "3");
        p.rehabilitationVerdict(inspector, producer, c2,
                p.rehabilitationProgress(operator, producer, c2, "2", today.minusDays(3)), "AGREE");
        jdbc.update("update organisation set division = ? where id = ?", division, operator.organisationId());
    }

    /** The fewest SQL statements (through JPA) of three readings of the land figures; other work can only add. */
    private long statementsFor(Actor actor, String division) {
        var statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        var fewest = Long.MAX_VALUE;
        statistics.setStatisticsEnabled(true);
        try {
            for (int i = 0; i < 3; i++) {
                statistics.clear();
                dashboard.land(actor, "UG", division);
                fewest = Math.min(fewest, statistics.getPrepareStatementCount());
            }
        } finally {
            statistics.setStatisticsEnabled(false);
        }
        return fewest;
    }
}
