package org.orepass.web.sms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.orepass.web.testing.AccountFixtures;
import org.orepass.web.testing.PlatformTest;
import org.orepass.web.testing.SmsTestSettings;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 20: text messages from Twilio and Africa's Talking become anonymous incidents, answered from the queue.
 * The checks of each callback, duplicates, the grammar in three languages, a conversation, the status question,
 * and that the number is nowhere in the database.
 */
@PlatformTest
@ExtendWith(OutputCaptureExtension.class)
class SmsInboundIntegrationTest {

    private static final Pattern CODE = Pattern.compile("[A-Z0-9]{4}(-[A-Z0-9]{4}){3}");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    private long lastReplyId() {
        return jdbc.queryForObject("select coalesce(max(id), 0) from sms_outbox", Long.class);
    }

    private List<String> repliesAfter(long id) {
        return jdbc.queryForList("select body from sms_outbox where id > ? order by id", String.class, id);
    }

    /** Sends a Twilio message and returns the reply it queued. */
    private String exchange(String phone, String text) throws Exception {
        long before = lastReplyId();
        mvc.perform(SmsTesting.twilio(phone, text)).andExpect(status().isOk());
        var replies = repliesAfter(before);
        assertThat(replies).hasSize(1);
        return replies.get(0);
    }

    private List<Map<String, Object>> incidents(String description) {
        return jdbc.queryForList("select i.*, c.code as category_code from incident i "
                + "join incident_category c on c.id = i.category_id where i.description = ?", description);
    }

    private static String code(String reply) {
        var matcher = CODE.matcher(reply);
        assertThat(matcher.find()).as("a follow-up code in %s", reply).isTrue();
        return matcher.group();
    }

    @Test
    void aSignedMessageFilesAnAnonymousReportAndQueuesTheCode(CapturedOutput output) throws Exception {
        var phone = SmsTesting.freshPhone();
        var description = AccountFixtures.unique("watoto wanachimba shimo usiku");
        long before = lastReplyId();
        mvc.perform(SmsTesting.twilio(phone, "RIPOTI WATOTO Rubaya " + description))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/xml"))
                .andExpect(content().string(containsString("<Response/>")));

        var rows = incidents(description);
        assertThat(rows).hasSize(1);
        var row = rows.get(0);
        assertThat(row.get("source")).isEqualTo("ANONYMOUS_PUBLIC");
        assertThat(row.get("category_code")).isEqualTo("CHILDREN_AT_SITE");
        assertThat(row.get("locality")).isEqualTo("Rubaya");
        assertThat(row.get("country")).isEqualTo("CD");
        assertThat(row.get("reported_by")).isNull();
        assertThat(row.get("follow_up_code_hash")).isNotNull();
        assertThat(((java.sql.Timestamp) row.get("reported_at")).toInstant().toString())
                .as("the day only, as for the web form").endsWith("T00:00:00Z");
        var audit = jdbc.queryForList("select actor from audit_entry where entity_type = 'Incident' and entity_id = ?",
                String.class, String.valueOf(row.get("id")));
        assertThat(audit).containsExactly("anonymous");

        var replies = repliesAfter(before);
        assertThat(replies).hasSize(1);
        assertThat(replies.get(0)).startsWith("Asante").contains("HALI " + code(replies.get(0)));
        assertThat(jdbc.queryForObject("select channel from sms_outbox where id > ?", String.class, before))
                .isEqualTo("twilio");

        // The code opens the report.
        assertThat(exchange(phone, "HALI " + code(replies.get(0)).toLowerCase()))
                .isEqualTo("Ripoti yako imefika. Bado haijaangaliwa.");

        assertNumberNowhere(phone);
        assertThat(output.getAll()).as("the log").doesNotContain(phone.substring(4)).doesNotContain(description);
    }

    /** No text column of the incident, audit or SMS tables holds the number's digits, with or without the +. */
    private void assertNumberNowhere(String phone) {
        var digits = phone.replaceAll("[^0-9]", "");
        var columns = jdbc.queryForList("""
                select table_name, column_name from information_schema.columns
                where table_schema = current_schema()
                  and (table_name like 'incident%' or table_name like 'audit%' or table_name like 'sms%'
                       or table_name like 'spring_session%')
                  and data_type in ('text', 'character varying', 'character', 'json', 'jsonb')""");
        assertThat(columns).hasSizeGreaterThan(10);
        for (var column : columns) {
            var sql = "select count(*) from " + column.get("table_name") + " where " + column.get("column_name")
                    + "::text like ?";
            assertThat(jdbc.queryForObject(sql, Long.class, "%" + digits.substring(3) + "%"))
                    .as("%s.%s", column.get("table_name"), column.get("column_name")).isZero();
        }
    }

    @Test
    void aForgedSignatureIsRefusedAndNothingIsStored() throws Exception {
        var phone = SmsTesting.freshPhone();
        var description = AccountFixtures.unique("forged report");
        long before = lastReplyId();
        long inbox = jdbc.queryForObject("select count(*) from sms_inbox", Long.class);
        mvc.perform(SmsTesting.twilio(phone, "REPORT accident Kamituga " + description, SmsTesting.freshMessageId(),
                "not-the-auth-token")).andExpect(status().isForbidden());
        mvc.perform(SmsTesting.twilio(phone, "REPORT accident Kamituga " + description)
                .with(request -> {
                    request.removeHeader("X-Twilio-Signature");
                    return request;
                })).andExpect(status().isForbidden());
        // A signed message whose text was changed on the way.
        var signed = SmsTesting.twilio(phone, "REPORT accident Kamituga " + description);
        mvc.perform(signed.param("Body", "REPORT accident Kamituga changed")).andExpect(status().isForbidden());
        mvc.perform(post("/sms/inbound/twilio").param("Body", "HELP")).andExpect(status().isForbidden());

        assertThat(incidents(description)).isEmpty();
        assertThat(repliesAfter(before)).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from sms_inbox", Long.class)).isEqualTo(inbox);
    }

    @Test
    void theSameMessageDeliveredTwiceIsOneReport() throws Exception {
        var phone = SmsTesting.freshPhone();
        var description = AccountFixtures.unique("the pit collapsed on two diggers");
        var sid = SmsTesting.freshMessageId();
        long before = lastReplyId();
        for (int i = 0; i < 3; i++) {
            mvc.perform(SmsTesting.twilio(phone, "REPORT accident Kamituga " + description, sid))
                    .andExpect(status().isOk());
        }
        assertThat(incidents(description)).hasSize(1);
        assertThat(repliesAfter(before)).hasSize(1);
    }

    @Test
    void theGrammarIsReadInSwahiliFrenchAndEnglishWithSpellingSlips() throws Exception {
        var swahili = AccountFixtures.unique("maji yana zebaki");
        assertThat(exchange(SmsTesting.freshPhone(), "ripotti zebakki Lugushwa " + swahili)).startsWith("Asante");
        assertThat(incidents(swahili).get(0).get("category_code")).isEqualTo("ENVIRONMENT");

        var french = AccountFixtures.unique("des enfants creusent");
        assertThat(exchange(SmsTesting.freshPhone(), "SIGNALÉ Enfant Kalimbi " + french)).startsWith("Merci");
        assertThat(incidents(french).get(0).get("category_code")).isEqualTo("CHILDREN_AT_SITE");
        assertThat(incidents(french).get(0).get("locality")).isEqualTo("Kalimbi");

        var english = AccountFixtures.unique("the officer asks for money");
        assertThat(exchange(SmsTesting.freshPhone(), "REPROT bribe Bunia " + english)).startsWith("Thank you");
        assertThat(incidents(english).get(0).get("category_code")).isEqualTo("BRIBERY_FRAUD");

        // No keyword and no conversation: the help, in the channel's language (Swahili here).
        assertThat(exchange(SmsTesting.freshPhone(), "habari")).startsWith("Tuma RIPOTI").contains("HALI");
        assertThat(exchange(SmsTesting.freshPhone(), "AIDE")).startsWith("Envoyez SIGNALER");
        assertThat(exchange(SmsTesting.freshPhone(), "help")).startsWith("Send REPORT");
    }

    @Test
    void aConversationCollectsTheMissingPlaceAndWhatHappened() throws Exception {
        var phone = SmsTesting.freshPhone();
        var description = AccountFixtures.unique("the pit fell on two men");
        assertThat(exchange(phone, "REPORT accident")).startsWith("Where did it happen?");
        assertThat(exchange(phone, "Nyabibwe centre")).startsWith("What happened?");
        var received = exchange(phone, description);
        assertThat(received).startsWith("Thank you").contains("STATUS " + code(received));
        var rows = incidents(description);
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).get("locality")).isEqualTo("Nyabibwe centre");
        assertThat(rows.get(0).get("category_code")).isEqualTo("HEALTH_SAFETY");
        // The conversation is over: the next message without a keyword gets the help.
        assertThat(exchange(phone, "hello")).startsWith("Tuma RIPOTI");
        // A message with only the keyword asks for the category, by number.
        assertThat(exchange(phone, "SIGNALER")).startsWith("Quel problème?");
        assertThat(exchange(phone, "4")).startsWith("Où est-ce arrivé?");
        assertNumberNowhere(phone);
    }

    @Test
    void theStatusQuestionAnswersInTheSendersLanguage() throws Exception {
        var phone = SmsTesting.freshPhone();
        var received = exchange(phone, "SIGNALER armes Nyabibwe " + AccountFixtures.unique("des hommes armés"));
        var code = code(received);
        assertThat(exchange(phone, "STATUT " + code)).isEqualTo("Votre signalement est arrivé. Il attend une vérification.");
        assertThat(exchange(phone, "status " + code.replace("-", " "))).startsWith("Your report arrived.");
        assertThat(exchange(phone, "HALI ZZZZ-ZZZZ-ZZZZ-ZZZZ")).isEqualTo("Hatujui namba hii. Iangalie na uitume tena.");
        assertThat(exchange(phone, "HALI")).isEqualTo("Tuma HALI na namba ya ripoti uliyopewa.");
    }

    @Test
    void africasTalkingNeedsTheSecretPathAndAnAllowedAddress() throws Exception {
        var token = SmsTestSettings.AFRICAS_TALKING_TOKEN;
        var description = AccountFixtures.unique("askari wanachukua pesa");
        var text = "RIPOTI askari Rubaya " + description;
        long before = lastReplyId();
        mvc.perform(SmsTesting.africasTalking(token, "198.51.100.7", SmsTesting.freshPhone(), text))
                .andExpect(status().isForbidden());
        mvc.perform(SmsTesting.africasTalking(token + "x", "192.0.2.10", SmsTesting.freshPhone(), text))
                .andExpect(status().isForbidden());
        mvc.perform(SmsTesting.africasTalking("wrong", "127.0.0.1", SmsTesting.freshPhone(), text))
                .andExpect(status().isForbidden());
        assertThat(incidents(description)).isEmpty();
        assertThat(repliesAfter(before)).isEmpty();

        mvc.perform(SmsTesting.africasTalking(token, "192.0.2.10", SmsTesting.freshPhone(), text))
                .andExpect(status().isOk()).andExpect(content().string("OK"));
        assertThat(incidents(description)).hasSize(1);
        assertThat(incidents(description).get(0).get("category_code")).isEqualTo("SECURITY_FORCES");
        assertThat(jdbc.queryForList("select channel from sms_outbox where id > ?", String.class, before))
                .containsExactly("africastalking");
    }

    @Test
    void unknownProvidersAndIncompleteMessagesAreRefusedWithoutAnError() throws Exception {
        mvc.perform(post("/sms/inbound/nexmo").param("text", "HELP")).andExpect(status().isNotFound());
        mvc.perform(post("/sms/inbound/africastalking").param("text", "HELP")).andExpect(status().isNotFound());
        mvc.perform(post("/sms/inbound/africastalking/a/b").param("text", "HELP")).andExpect(status().isNotFound());
        // Signed, but without a message id: nothing to deduplicate on.
        mvc.perform(SmsTesting.twilio(SmsTesting.freshPhone(), "HELP", "")).andExpect(status().isBadRequest());
        // A NUL and other control characters cannot break the database.
        var description = AccountFixtures.unique("nul\u0000inside\u0007bell");
        mvc.perform(SmsTesting.twilio(SmsTesting.freshPhone(), "REPORT tax Bunia " + description))
                .andExpect(status().isOk());
        assertThat(incidents(description.replace('\u0000', ' ').replace('\u0007', ' '))).hasSize(1);
    }
}
