package org.orepass.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.orepass.account.internal.LockoutPolicy;
import org.orepass.account.Role;
import org.orepass.account.UserAccounts;
import org.orepass.web.testing.AccountFixtures;
import org.orepass.web.testing.MutableClock;
import org.orepass.web.testing.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@PlatformTest
class SignInIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountFixtures fixtures;

    @Autowired
    UserAccounts accounts;

    @Autowired
    MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private ResultActions signIn(String username, String password) throws Exception {
        return mvc.perform(post("/login").with(csrf()).param("username", username).param("password", password));
    }

    @Test
    void rightPasswordSignsIn() throws Exception {
        var account = fixtures.user(Role.OPERATOR);
        signIn(account.getUsername(), AccountFixtures.PASSWORD).andExpect(redirectedUrl("/"));
        assertThat(accounts.findById(account.getId()).orElseThrow().getLastLoginAt()).isNotNull();
    }

    @Test
    void fiveWrongPasswordsLockTheAccountForFifteenMinutes() throws Exception {
        var account = fixtures.user(Role.OPERATOR);
        for (int i = 0; i < LockoutPolicy.MAX_FAILED_LOGINS; i++) {
            signIn(account.getUsername(), "wrong password " + i).andExpect(redirectedUrl("/login?error=bad"));
        }
        // Locked: even the right password is refused, with a message that says why.
        signIn(account.getUsername(), AccountFixtures.PASSWORD).andExpect(redirectedUrl("/login?error=locked"));

        clock.advance(Duration.ofMinutes(14));
        signIn(account.getUsername(), AccountFixtures.PASSWORD).andExpect(redirectedUrl("/login?error=locked"));

        clock.advance(Duration.ofMinutes(2));
        signIn(account.getUsername(), AccountFixtures.PASSWORD).andExpect(redirectedUrl("/"));
    }

    @Test
    void fourWrongPasswordsThenTheRightOneDoNotLock() throws Exception {
        var account = fixtures.user(Role.OPERATOR);
        for (int i = 0; i < LockoutPolicy.MAX_FAILED_LOGINS - 1; i++) {
            signIn(account.getUsername(), "wrong").andExpect(redirectedUrl("/login?error=bad"));
        }
        signIn(account.getUsername(), AccountFixtures.PASSWORD).andExpect(redirectedUrl("/"));
        // The success reset the count: four more failures still do not lock.
        for (int i = 0; i < LockoutPolicy.MAX_FAILED_LOGINS - 1; i++) {
            signIn(account.getUsername(), "wrong");
        }
        signIn(account.getUsername(), AccountFixtures.PASSWORD).andExpect(redirectedUrl("/"));
    }

    @Test
    void unknownUserGetsTheSameAnswerAsAWrongPassword() throws Exception {
        signIn("nobody-" + System.nanoTime(), "whatever").andExpect(redirectedUrl("/login?error=bad"));
    }

    @Test
    void formsWithoutCsrfTokenAreRejected() throws Exception {
        var admin = fixtures.signedIn(Role.ADMIN);
        mvc.perform(post("/admin/organisations").with(user(admin)).param("name", "No token"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/login").param("username", "x").param("password", "y"))
                .andExpect(status().isForbidden());
    }

    @Test
    void deactivatedAccountsCannotSignIn() throws Exception {
        var account = fixtures.user(Role.OPERATOR);
        var admin = fixtures.signedIn(Role.ADMIN);
        mvc.perform(post("/admin/users/" + account.getId() + "/active").with(user(admin)).with(csrf())
                .param("version", String.valueOf(account.getVersion())).param("active", "false"))
                .andExpect(status().is3xxRedirection());
        signIn(account.getUsername(), AccountFixtures.PASSWORD).andExpect(redirectedUrl("/login?error=disabled"));
    }

    @Test
    void signOutGoesBackToTheSignInPage() throws Exception {
        mvc.perform(post("/logout").with(csrf()).with(user(fixtures.signedIn(Role.AUDITOR))))
                .andExpect(redirectedUrl("/login?signedOut"));
    }
}
