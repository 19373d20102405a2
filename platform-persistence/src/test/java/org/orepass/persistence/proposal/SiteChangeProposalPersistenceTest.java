package org.orepass.persistence.proposal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.orepass.account.Actor;
import org.orepass.account.Role;
import org.orepass.organisation.OrganisationAdministration;
import org.orepass.organisation.OrganisationDetails;
import org.orepass.organisation.OrganisationType;
import org.orepass.persistence.testing.PersistenceTestApplication;
import org.orepass.persistence.testing.TestDatabase;
import org.orepass.proposal.internal.ProposalStatus;
import org.orepass.proposal.internal.ProposalSummary;
import org.orepass.proposal.internal.SiteChangeProposals;
import org.orepass.proposal.SiteChangeProposing;
import org.orepass.site.ActivityStatus;
import org.orepass.site.FormalisationStage;
import org.orepass.site.Licence;
import org.orepass.site.MineSites;
import org.orepass.site.Mineral;
import org.orepass.site.MiningType;
import org.orepass.site.SiteDetails;
import org.orepass.site.SiteRegistration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/** Proposals on the real database: who sees which in the lists (jurisdiction down to divisions), and approval. */
@SpringBootTest(classes = PersistenceTestApplication.class, properties = "orepass.embedded-database.enabled=false")
@ContextConfiguration(initializers = TestDatabase.Initializer.class)
class SiteChangeProposalPersistenceTest {

    private static final Actor ADMIN = new Actor("admin", 1L, Set.of(Role.ADMIN), null, Set.of());
    private static final Actor NORTHERN_INSPECTOR = new Actor("insp-rw-03", 1L, Set.of(Role.INSPECTOR), "RW",
            Set.of("RW-03"));
    private static final Actor KIGALI_INSPECTOR = new Actor("insp-rw-01", 1L, Set.of(Role.INSPECTOR), "RW",
            Set.of("RW-01"));
    private static final Actor RWANDA_INSPECTOR = new Actor("insp-rw", 1L, Set.of(Role.INSPECTOR), "RW", Set.of());
    private static final Actor UGANDA_INSPECTOR = new Actor("insp-ug", 1L, Set.of(Role.INSPECTOR), "UG", Set.of());

    @Autowired SiteRegistration registration;
    @Autowired SiteChangeProposing proposing;
    @Autowired SiteChangeProposals proposals;
    @Autowired MineSites sites;
    @Autowired OrganisationAdministration organisations;

    private static SiteDetails site(Long ownerId, int workersMen) {
        return new SiteDetails("Gifurwe " + ownerId, null, "RW", "RW-03", "Gicumbi", new BigDecimal("-1.5841"),
                new BigDecimal("30.0619"), null, ownerId, Set.of(), Set.of(Mineral.WOLFRAMITE), ActivityStatus.ACTIVE,
                MiningType.ARTISANAL, FormalisationStage.LICENSED, workersMen, 35, 0, 0, 0, false,
                Map.of(Mineral.WOLFRAMITE, new BigDecimal("2500")),
                new SiteDetails.LicenceDetails(Licence.Type.MINING_LICENSE, "ML-7", LocalDate.of(2024, 1, 1), null),
                false);
    }

    private static boolean lists(java.util.List<ProposalSummary> list, Long proposalId) {
        return list.stream().anyMatch(summary -> summary.id().equals(proposalId));
    }

    @Test
    void pendingProposalsReachTheInspectorsOfTheSitesDivisionAndTheProposingOrganisation() {
        var owner = organisations.register(new OrganisationDetails("Coop " + System.nanoTime(),
                OrganisationType.COOPERATIVE, "RW", "RW-03", null, null, null, null, null));
        var operator = new Actor("op-" + System.nanoTime(), owner.getId(), Set.of(Role.OPERATOR), null, Set.of());
        var otherOperator = new Actor("op2", owner.getId() + 100_000, Set.of(Role.OPERATOR), null, Set.of());
        var registered = registration.register(ADMIN, site(owner.getId(), 120));

        var proposal = proposing.propose(operator, registered.getId(), registered.getVersion(),
                site(owner.getId(), 150));

        assertThat(lists(proposing.lists(NORTHERN_INSPECTOR).toReview(), proposal.getId())).isTrue();
        assertThat(lists(proposing.lists(RWANDA_INSPECTOR).toReview(), proposal.getId())).isTrue();
        assertThat(lists(proposing.lists(ADMIN).toReview(), proposal.getId())).isTrue();
        assertThat(lists(proposing.lists(KIGALI_INSPECTOR).toReview(), proposal.getId())).isFalse();
        assertThat(lists(proposing.lists(UGANDA_INSPECTOR).toReview(), proposal.getId())).isFalse();
        assertThat(lists(proposing.lists(operator).own(), proposal.getId())).isTrue();
        assertThat(lists(proposing.lists(otherOperator).own(), proposal.getId())).isFalse();

        proposing.approve(NORTHERN_INSPECTOR, proposal.getId(), registered.getVersion());
        assertThat(sites.findById(registered.getId()).orElseThrow().getWorkersMen()).isEqualTo(150);
        var decided = proposals.findById(proposal.getId()).orElseThrow();
        assertThat(decided.getStatus()).isEqualTo(ProposalStatus.APPROVED);
        assertThat(decided.getDecidedBy()).isEqualTo("insp-rw-03");
        assertThat(lists(proposing.lists(NORTHERN_INSPECTOR).toReview(), proposal.getId())).isFalse();
        assertThat(proposing.lists(operator).own()).filteredOn(summary -> summary.id().equals(proposal.getId()))
                .singleElement().extracting(ProposalSummary::status).isEqualTo(ProposalStatus.APPROVED);
    }
}
