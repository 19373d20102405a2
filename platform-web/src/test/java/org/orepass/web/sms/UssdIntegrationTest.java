package org.orepass.web.sms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.orepass.web.testing.AccountFixtures;
import org.orepass.web.testing.PlatformTest;
import org.orepass.web.testing.SmsTestSettings;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 20: the USSD menu end to end in Africa's Talking's form: a report in French through the menu's screens,
 * filed once however often the last request comes, the status branch, each screen within 160 characters, the
 * callback's checks, and no number stored.
 */
@PlatformTest
class UssdIntegrationTest {

    private static final Pattern CODE = Pattern.compile("[A-Z0-9]{4}(-[A-Z0-9]{4}){3}");
    private static final String PATH = "/ussd/africastalking/" + SmsTestSettings.AFRICAS_TALKING_TOKEN;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    private String screen(String session, String phone, String text) throws Exception {
        var body = mvc.perform(post(PATH).param("sessionId", session).param("serviceCode", "*384*123#")
                .param("phoneNumber", phone).param("text", text).with(request -> {
                    request.setRemoteAddr("192.0.2.7");
                    return request;
                })).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(body).as(text).matches("(?s)(CON|END) .+");
        assertThat(body.length() - 4).as("screen for %s", text).isLessThanOrEqualTo(160);
        return body;
    }

    @Test
    void aReportThroughTheMenuInFrenchIsFiledOnce() throws Exception {
        var session = AccountFixtures.unique("ATUid");
        var phone = SmsTesting.freshPhone();
        var description = AccountFixtures.unique("des hommes armes prennent l or");
        assertThat(screen(session, phone, "")).startsWith("CON ").contains("1 Kiswahili", "2 Français");
        assertThat(screen(session, phone, "2")).startsWith("CON Que voulez-vous faire");
        assertThat(screen(session, phone, "2*1")).contains("3 Hommes armés");
        var provinces = screen(session, phone, "2*1*3");
        assertThat(provinces).contains("1 Kongo-Central", "9 Suite");
        assertThat(screen(session, phone, "2*1*3*9*9")).contains("5 Nord-Kivu", "9 Suite");
        assertThat(screen(session, phone, "2*1*3*9*9*9")).contains("1 Sud-Kivu").doesNotContain("Suite");
        assertThat(screen(session, phone, "2*1*3*9*9*9*0")).as("the wrong answer 0 is passed over")
                .startsWith("CON Choisissez un numéro").contains("1 Sud-Kivu");
        var place = screen(session, phone, "2*1*3*9*9*9*0*1");
        assertThat(place).startsWith("CON Où ?");
        assertThat(screen(session, phone, "2*1*3*9*9*9*0*1*Village de Luhihi"))
                .startsWith("CON Que s’est-il passé");
        var done = screen(session, phone, "2*1*3*9*9*9*0*1*Village de Luhihi*" + description);
        assertThat(done).startsWith("END ").contains("STATUT");
        var code = CODE.matcher(done);
        assertThat(code.find()).isTrue();
        assertThat(screen(session, phone, "2*1*3*9*9*9*0*1*Village de Luhihi*" + description))
                .as("the aggregator repeats the last request").startsWith("END Votre signalement est déjà arrivé");

        var rows = jdbc.queryForList("select i.source, i.country, i.division, i.locality, c.code from incident i"
                + " join incident_category c on c.id = i.category_id where i.description = ?", description);
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0)).containsEntry("source", "ANONYMOUS_PUBLIC").containsEntry("country", "CD")
                .containsEntry("division", "CD-SK").containsEntry("locality", "Village de Luhihi")
                .containsEntry("code", "ARMED_GROUPS");
        var digits = phone.replaceAll("[^0-9]", "");
        assertThat(jdbc.queryForObject("select count(*) from incident where description like ? or locality like ?"
                + " or coalesce(reported_by, '') like ?", Long.class, "%" + digits + "%", "%" + digits + "%",
                "%" + digits + "%")).isZero();
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where changes::text like ?", Long.class,
                "%" + digits + "%")).isZero();

        var status = screen(AccountFixtures.unique("ATUid"), phone, "2*2*" + code.group());
        assertThat(status).as("a new report's state, in French")
                .isEqualTo("END Votre signalement est arrivé. Il attend une vérification.");
        assertThat(screen(AccountFixtures.unique("ATUid"), phone, "3*2*ABCD-EFGH")).startsWith("END ")
                .contains("know");
    }

    @Test
    void theCallbackIsCheckedLikeTheSmsOne() throws Exception {
        mvc.perform(post("/ussd/africastalking/wrong-token").param("sessionId", "s").param("phoneNumber", "+243990")
                .param("text", "")).andExpect(status().isForbidden());
        mvc.perform(post(PATH).param("sessionId", "s").param("phoneNumber", "+243990").param("text", "")
                .with(request -> {
                    request.setRemoteAddr("203.0.113.9");
                    return request;
                })).andExpect(status().isForbidden());
        mvc.perform(post(PATH).param("phoneNumber", "+243990").param("text", "")).andExpect(status().isBadRequest());
        mvc.perform(post("/ussd/other").param("text", "")).andExpect(status().isNotFound());
    }
}
