package org.orepass.web.home;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.orepass.account.PasswordHasher;
import org.orepass.account.Role;
import org.orepass.account.UserAccount;
import org.orepass.account.UserAccounts;
import org.orepass.account.UserDetails;
import org.orepass.organisation.OrganisationType;
import org.orepass.web.security.SignedInUser;
import org.orepass.web.testing.AccountFixtures;
import org.orepass.web.testing.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A new user's first minutes (issue 16): the password page arrives styled, the language chosen for the user
 * applies from the first sign-in, and an anonymous visitor to {@code /} sees what they can do.
 */
@PlatformTest
class FirstUseIntegrationTest {

    @Autowired MockMvc mvc;
    @Autowired AccountFixtures fixtures;
    @Autowired UserAccounts accounts;
    @Autowired PasswordHasher hasher;
    @Autowired TransactionTemplate transaction;
    @Autowired java.time.Clock clock;

    private UserAccount newUser(String language, boolean mustChangePassword) {
        var organisation = fixtures.organisation(OrganisationType.COOPERATIVE);
        var username = AccountFixtures.unique("first").toLowerCase(java.util.Locale.ROOT);
        var details = new UserDetails(username, "Test " + username, null, organisation.getId(), Set.of(Role.OPERATOR),
                null, Set.of(), language);
        return transaction.execute(status -> accounts.add(UserAccount.open(details, organisation,
                hasher.hash(AccountFixtures.PASSWORD), mustChangePassword, clock.instant())));
    }

    @Test
    void theStylesheetIsNotRedirectedWhileThePasswordMustChange() throws Exception {
        var account = newUser(null, true);
        var signedIn = SignedInUser.of(account, false).withoutPassword();
        mvc.perform(get("/sites").with(user(signedIn))).andExpect(redirectedUrl("/profile/password"));
        mvc.perform(get("/css/orepass.css").with(user(signedIn))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString(".site-header")));
    }

    @Test
    void theLanguageChosenForTheUserAppliesFromTheFirstSignIn() throws Exception {
        var account = newUser("sw", false);
        var result = mvc.perform(post("/login").with(csrf()).param("username", account.getUsername())
                .param("password", AccountFixtures.PASSWORD)).andExpect(redirectedUrl("/")).andReturn();
        var cookie = result.getResponse().getCookie("ORE_PASS_LANG");
        assertThat(cookie).isNotNull();
        assertThat(cookie.getValue()).isEqualTo("sw");
        mvc.perform(get("/").cookie(cookie).with(user(SignedInUser.of(account, false).withoutPassword())))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("lang=\"sw\"")));
    }

    @Test
    void anAnonymousVisitorToTheStartPageSeesWhatTheyCanDo() throws Exception {
        mvc.perform(get("/")).andExpect(redirectedUrl("/welcome"));
        mvc.perform(get("/welcome").header("Accept-Language", "fr")).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("href=\"/report\"")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("href=\"/public/dashboard\"")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("href=\"/login\"")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Tout le monde peut signaler")));
    }

    @Test
    void theHelpPageShowsTheUsersOwnRoleFirstInTheirLanguage() throws Exception {
        var operator = fixtures.signedIn(Role.OPERATOR);
        var html = mvc.perform(get("/help").with(user(operator)).header("Accept-Language", "sw"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("Rekodi kila mzigo");
        assertThat(html.indexOf("id=\"help-operator\"")).isPositive()
                .isLessThan(html.indexOf("id=\"help-inspector\""));
    }
}
