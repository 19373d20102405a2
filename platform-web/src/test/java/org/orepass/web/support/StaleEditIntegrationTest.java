package org.orepass.web.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.orepass.account.Role;
import org.orepass.organisation.Organisation;
import org.orepass.organisation.OrganisationType;
import org.orepass.organisation.Organisations;
import org.orepass.web.security.SignedInUser;
import org.orepass.web.testing.AccountFixtures;
import org.orepass.web.testing.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;

/**
 * A version conflict found only when the change is written (commit time) gets the same answer as the form-version
 * check, from one place ({@link StaleEditHandling}), on a controller that catches only the form-version check.
 */
@PlatformTest
class StaleEditIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountFixtures fixtures;

    @Autowired
    Organisations organisations;

    @Autowired
    DataSource dataSource;

    @Autowired
    MessageSource messages;

    SignedInUser admin;

    @BeforeEach
    void signIn() {
        admin = fixtures.signedIn(Role.ADMIN);
    }

    private MockHttpServletRequestBuilder edit(Organisation organisation, String name) {
        return post("/admin/organisations/" + organisation.getId()).with(user(admin)).with(csrf())
                .param("name", name).param("type", "COOPERATIVE").param("country", "UG").param("division", "UG-W")
                .param("taxId", "1000099999").param("version", String.valueOf(organisation.getVersion()));
    }

    private String stale() {
        return HtmlUtils.htmlEscape(messages.getMessage(Forms.STALE, null, Locale.ENGLISH), "UTF-8");
    }

    @Test
    void aConflictFoundAtCommitShowsTheFormAgainWithWhatWasTypedAndTheMessage() throws Exception {
        var organisation = fixtures.organisation(OrganisationType.COOPERATIVE);
        var typed = AccountFixtures.unique("Typed by the second editor");

        var answer = whileAnotherEditorHoldsTheRow(organisation, () -> mvc.perform(edit(organisation, typed))
                .andReturn());

        assertThat(answer.getResponse().getStatus()).isEqualTo(200);
        assertThat(answer.getResponse().getContentAsString()).contains(stale()).contains(typed);
        var stored = organisations.findById(organisation.getId()).orElseThrow();
        assertThat(stored.getName()).isEqualTo(organisation.getName());
        assertThat(stored.getVersion()).isEqualTo(organisation.getVersion() + 1);
    }

    @Test
    void aConflictAtCommitOnAButtonWithoutAFormGoesBackToThePageWithTheMessage() throws Exception {
        var organisation = fixtures.organisation(OrganisationType.COOPERATIVE);
        var page = "/admin/organisations/" + organisation.getId();

        var answer = whileAnotherEditorHoldsTheRow(organisation, () -> mvc.perform(post(page + "/active")
                .with(user(admin)).with(csrf()).header("Referer", "http://localhost" + page)
                .param("version", String.valueOf(organisation.getVersion())).param("active", "false")).andReturn());

        assertThat(answer.getResponse().getStatus()).isEqualTo(302);
        assertThat(answer.getResponse().getRedirectedUrl()).isEqualTo(page);
        assertThat(answer.getFlashMap().get("flashError")).isEqualTo(Forms.STALE);
        assertThat(organisations.findById(organisation.getId()).orElseThrow().isActive()).isTrue();
    }

    @Test
    void twoEditorsSavingAtOnceOneWinsTheOtherIsToldAndNobodyGetsA500() throws Exception {
        for (int round = 0; round < 3; round++) {
            var organisation = fixtures.organisation(OrganisationType.COOPERATIVE);
            var names = List.of(AccountFixtures.unique("First"), AccountFixtures.unique("Second"));
            var start = new CountDownLatch(1);
            var pool = Executors.newFixedThreadPool(2);
            try {
                List<Future<MvcResult>> answers = new ArrayList<>();
                for (var name : names) {
                    answers.add(pool.submit(() -> {
                        start.await();
                        return mvc.perform(edit(organisation, name)).andReturn();
                    }));
                }
                start.countDown();
                int saved = 0;
                int told = 0;
                for (var answer : answers) {
                    var response = answer.get(30, TimeUnit.SECONDS).getResponse();
                    assertThat(response.getStatus()).isLessThan(500);
                    if (response.getStatus() == 302) {
                        saved++;
                    } else {
                        assertThat(response.getStatus()).isEqualTo(200);
                        assertThat(response.getContentAsString()).contains(stale());
                        told++;
                    }
                }
                assertThat(saved).isEqualTo(1);
                assertThat(told).isEqualTo(1);
                var stored = organisations.findById(organisation.getId()).orElseThrow();
                assertThat(names).contains(stored.getName());
                assertThat(stored.getVersion()).isEqualTo(organisation.getVersion() + 1);
            } finally {
                pool.shutdownNow();
            }
        }
    }

    interface Request {
        MvcResult perform() throws Exception;
    }

    /**
     * Another editor's change is in flight: its transaction has raised the row's version but not yet committed.
     * The request reads the committed row (its form version matches), writes, waits for the row's lock, and
     * finds the version changed when the other editor commits: the conflict appears only at commit.
     */
    private MvcResult whileAnotherEditorHoldsTheRow(Organisation organisation, Request request) throws Exception {
        var pool = Executors.newSingleThreadExecutor();
        try (Connection other = dataSource.getConnection()) {
            other.setAutoCommit(false);
            try (var update = other.prepareStatement("update organisation set version = version + 1 where id = ?")) {
                update.setLong(1, organisation.getId());
                assertThat(update.executeUpdate()).isEqualTo(1);
            }
            Future<MvcResult> answer = pool.submit(request::perform);
            awaitWaitingForALock(answer);
            other.commit();
            return answer.get(30, TimeUnit.SECONDS);
        } finally {
            pool.shutdownNow();
        }
    }

    private void awaitWaitingForALock(Future<?> answer) throws Exception {
        var deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        try (Connection look = dataSource.getConnection(); var waiting = look.prepareStatement(
                "select count(*) from pg_stat_activity where wait_event_type = 'Lock' and datname = current_database()")) {
            while (System.nanoTime() < deadline) {
                assertThat(answer.isDone()).as("the request should wait for the other editor").isFalse();
                try (var rows = waiting.executeQuery()) {
                    rows.next();
                    if (rows.getInt(1) > 0) {
                        return;
                    }
                }
                Thread.sleep(20);
            }
        }
        throw new AssertionError("the request never waited for the other editor's lock");
    }
}
