package org.orepass.persistence.revenue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.orepass.account.Actor;
import org.orepass.account.Role;
import org.orepass.organisation.OrganisationAdministration;
import org.orepass.organisation.OrganisationDetails;
import org.orepass.organisation.OrganisationType;
import org.orepass.persistence.testing.PersistenceTestApplication;
import org.orepass.persistence.testing.TestDatabase;
import org.orepass.revenue.internal.RevenueListings;
import org.orepass.revenue.internal.RevenueScope;
import org.orepass.revenue.ScheduleDetails;
import org.orepass.revenue.TaxAssessment;
import org.orepass.revenue.TaxDueStatus;
import org.orepass.revenue.TaxScheduleAdministration;
import org.orepass.revenue.TaxSearch;
import org.orepass.revenue.TaxSource;
import org.orepass.revenue.TaxType;
import org.orepass.revenue.TaxableEvent;
import org.orepass.shared.PageQuery;
import org.orepass.site.Mineral;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;

/** The revenue tables' own guards and the taxes list's scopes, on the real database with the real migrations. */
@SpringBootTest(classes = PersistenceTestApplication.class, properties = "orepass.embedded-database.enabled=false")
@ContextConfiguration(initializers = TestDatabase.Initializer.class)
class RevenuePersistenceTest {

    private static final Actor ADMIN = new Actor("admin", null, Set.of(Role.ADMIN), null, Set.of());

    @Autowired TaxScheduleAdministration schedules;
    @Autowired TaxAssessment assessment;
    @Autowired RevenueListings listings;
    @Autowired OrganisationAdministration organisations;
    @Autowired JdbcTemplate jdbc;

    private long payer() {
        return organisations.register(new OrganisationDetails("Exporter " + System.nanoTime(),
                OrganisationType.EXPORTER, "CD", "CD-NK", null, null, null, null, null)).getId();
    }

    private TaxableEvent export(long sourceId, String division, LocalDate date, long payer) {
        return new TaxableEvent(TaxSource.EXPORT, sourceId, "CD-EXP-" + sourceId, "CD", division, "Walikale",
                Mineral.COLTAN, new BigDecimal("500"), new BigDecimal("20000"), "USD", date, payer);
    }

    @Test
    void theDatabaseItselfRefusesOverlapsDuplicatesAndOverpayment() {
        schedules.create(ADMIN, new ScheduleDetails("CD", Mineral.COLTAN, TaxType.EXPORT_TAX, new BigDecimal("3.5"),
                "USD", null, "DGRAD", LocalDate.of(2018, 1, 1), null));
        assertThatThrownBy(() -> jdbc.update("insert into tax_schedule (country, mineral, tax_type, rate, currency,"
                + " valid_from, valid_to) values ('CD', 'COLTAN', 'EXPORT_TAX', 1, 'USD', date '2017-01-01',"
                + " date '2018-01-01')")).isInstanceOf(DataIntegrityViolationException.class);
        // The day before is free.
        jdbc.update("insert into tax_schedule (country, mineral, tax_type, rate, currency, valid_from, valid_to)"
                + " values ('CD', 'COLTAN', 'EXPORT_TAX', 1, 'USD', date '2017-01-01', date '2017-12-31')");

        var sourceId = System.nanoTime();
        var due = assessment.assess(export(sourceId, "CD-NK", LocalDate.of(2018, 3, 1), payer())).get(0);
        assertThat(due.getAmount()).isEqualByComparingTo("700.00");
        assertThatThrownBy(() -> jdbc.update("insert into tax_due (source_kind, source_id, reference, schedule_id,"
                + " tax_type, country, mineral, mass_kg, taxable_base, rate, amount, currency, status, due_on,"
                + " payer_id, assessed_at) select source_kind, source_id, 'again', schedule_id, tax_type, country,"
                + " mineral, mass_kg, taxable_base, rate, amount, currency, status, due_on, payer_id, assessed_at"
                + " from tax_due where id = ?", due.getId())).isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> jdbc.update("update tax_due set paid_amount = amount + 0.01 where id = ?",
                due.getId())).isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void theTaxesListKeepsToEachScope() {
        schedules.create(ADMIN, new ScheduleDetails("CD", Mineral.COLTAN, TaxType.EXPORT_FEE_PER_KG, BigDecimal.ONE,
                "USD", null, null, LocalDate.of(2019, 1, 1), LocalDate.of(2019, 12, 31)));
        var mine = payer();
        var other = payer();
        var base = System.nanoTime();
        assessment.assess(export(base, "CD-NK", LocalDate.of(2019, 5, 1), mine));
        assessment.assess(export(base + 1, "CD-SK", LocalDate.of(2019, 5, 2), other));
        var search = new TaxSearch(TaxDueStatus.DUE, null, null, TaxType.EXPORT_FEE_PER_KG, "CD-EXP-" + base);

        assertThat(listings.taxes(search, RevenueScope.payer(mine), PageQuery.first()).items())
                .extracting(row -> row.sourceId()).containsExactly(base);
        assertThat(listings.taxes(search, RevenueScope.payer(other), PageQuery.first()).items()).isEmpty();
        assertThat(listings.taxes(search, RevenueScope.jurisdiction("CD", Set.of("CD-SK")), PageQuery.first())
                .items()).isEmpty();
        var all = listings.taxes(new TaxSearch(null, "CD", null, TaxType.EXPORT_FEE_PER_KG, null),
                RevenueScope.everything(), new PageQuery(0, 1));
        assertThat(all.items()).hasSize(1);
        assertThat(all.total()).isGreaterThanOrEqualTo(2);
        // A reference with LIKE's wildcards matches them literally.
        assertThat(listings.taxes(new TaxSearch(null, null, null, null, "CD-EXP-%"), RevenueScope.everything(),
                PageQuery.first()).items()).isEmpty();
        assertThat(listings.taxes(search, RevenueScope.nothing(), PageQuery.first()).items()).isEmpty();
    }
}
