package org.orepass.web.sms;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.orepass.account.Role;
import org.orepass.web.testing.AccountFixtures;
import org.orepass.web.testing.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Issue 20: the simulator page, where an administrator writes as a phone and reads the replies. */
@PlatformTest
class SmsSimulatorIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountFixtures fixtures;

    @Test
    void anAdministratorHoldsAConversationAndReadsTheReplies() throws Exception {
        var admin = fixtures.signedIn(Role.ADMIN);
        var phone = SmsTesting.freshPhone();
        mvc.perform(get("/admin/sms-simulator").with(user(admin))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("name=\"_csrf\""), containsString("SMS simulator"))));
        mvc.perform(post("/admin/sms-simulator").with(user(admin)).with(csrf()).param("phone", phone)
                        .param("message", "REPORT accident"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Where did it happen?")));
        mvc.perform(post("/admin/sms-simulator").with(user(admin)).with(csrf()).param("phone", phone)
                        .param("message", "Kamituga").param("history[0]", "REPORT accident")
                        .param("history[1]", "Where did it happen?"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Where did it happen?"),
                        containsString("What happened?"), containsString("Kamituga"))));
    }

    @Test
    void aFollowUpCodeInAReplyIsKeptOnOneLine() throws Exception {
        var admin = fixtures.signedIn(Role.ADMIN);
        mvc.perform(post("/admin/sms-simulator").with(user(admin)).with(csrf()).param("phone", SmsTesting.freshPhone())
                        .param("message", "REPORT accident Kamituga a wall of the pit fell on two diggers"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.matchesPattern(
                        "(?s).*<code class=\"follow-up-code\">[A-Z2-9]{4}(-[A-Z2-9]{4}){3}</code>.*")));
    }

    @Test
    void badInputIsShownByTheFieldInTheUsersLanguageWithTheTypedValueKept() throws Exception {
        var admin = fixtures.signedIn(Role.ADMIN);
        mvc.perform(post("/admin/sms-simulator").with(user(admin)).with(csrf()).cookie(new Cookie("ORE_PASS_LANG", "fr"))
                        .param("phone", "call me").param("message", "AIDE"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("error-summary"),
                        containsString("Saisissez un numéro de téléphone"), containsString("value=\"call me\""),
                        containsString(">AIDE</textarea>"))));
        mvc.perform(post("/admin/sms-simulator").with(user(admin)).with(csrf()).cookie(new Cookie("ORE_PASS_LANG", "sw"))
                        .param("phone", SmsTesting.freshPhone()).param("message", " "))
                .andExpect(status().isOk()).andExpect(content().string(containsString("error-summary")))
                .andExpect(content().string(not(containsString("Tuma RIPOTI"))));
    }

    @Test
    void onlyAdministratorsWithACsrfTokenMayUseIt() throws Exception {
        var inspector = fixtures.signedIn(Role.INSPECTOR);
        mvc.perform(get("/admin/sms-simulator").with(user(inspector))).andExpect(status().isForbidden());
        mvc.perform(post("/admin/sms-simulator").with(user(fixtures.signedIn(Role.ADMIN)))
                .param("phone", SmsTesting.freshPhone()).param("message", "HELP")).andExpect(status().isForbidden());
    }
}
