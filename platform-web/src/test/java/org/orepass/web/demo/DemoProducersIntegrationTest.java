package org.orepass.web.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.orepass.web.testing.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.AutowireCapableBeanFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** Demo mode (issue 22): two producers with a year of progress, verified, with public passports, made once. */
@PlatformTest
class DemoProducersIntegrationTest {

    @Autowired AutowireCapableBeanFactory beans;
    @Autowired JdbcTemplate jdbc;
    @Autowired MockMvc mvc;

    @Test
    void twoProducersWithAYearOfVerifiedProgressAndPublicPassports() throws Exception {
        beans.createBean(DemoData.class).run(null);
        beans.createBean(DemoProducers.class).start();
        beans.createBean(DemoProducers.class).start(); // a restart adds nothing

        var producers = jdbc.queryForList("""
                select p.id from producer_profile p join organisation o on o.id = p.organisation_id
                where o.name in ('Kisoro Tin Miners Cooperative', 'Rubaya Artisanal Mining Operator')""", Long.class);
        assertThat(producers).hasSize(2);
        for (var producer : producers) {
            assertThat(jdbc.queryForObject("""
                    select max(assessed_on) - min(assessed_on) from producer_assessment where producer_id = ?""",
                    Integer.class, producer)).isGreaterThanOrEqualTo(350);
            assertThat(jdbc.queryForObject("""
                    select count(*) from producer_answer a join producer_assessment pa on pa.id = a.assessment_id
                    where pa.producer_id = ? and not exists (select 1 from producer_verification v
                                                             where v.answer_id = a.id)""",
                    Long.class, producer)).isZero();
            mvc.perform(get("/producers/" + producer + "/passport")).andExpect(status().isOk())
                    .andExpect(content().string(containsString("<svg")));
        }
        assertThat(jdbc.queryForObject("select count(*) from producer_mercury", Long.class)).isPositive();
    }
}
