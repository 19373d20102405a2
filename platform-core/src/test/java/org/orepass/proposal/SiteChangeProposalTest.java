package org.orepass.proposal;

import org.orepass.proposal.internal.ProposalStatus;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.orepass.shared.DomainRuleViolation;
import org.orepass.site.ActivityStatus;
import org.orepass.site.FormalisationStage;
import org.orepass.site.Licence;
import org.orepass.site.Mineral;
import org.orepass.site.MiningType;
import org.orepass.site.SiteDetails;

class SiteChangeProposalTest {

    private static SiteDetails details(String latitude, int workersMen) {
        return new SiteDetails("Nyabihu pit", null, "UG", "UG-W", "Kisoro", new BigDecimal(latitude),
                new BigDecimal("29.6947"), null, 7L, Set.of(3L), Set.of(Mineral.CASSITERITE, Mineral.GOLD),
                ActivityStatus.ACTIVE, MiningType.ARTISANAL, FormalisationStage.LICENSED, workersMen, 12, 0, 0, 0,
                false, Map.of(Mineral.CASSITERITE, new BigDecimal("1500.000")),
                new SiteDetails.LicenceDetails(Licence.Type.ARTISANAL_PERMIT, "AP-1", null, null), false);
    }

    @Test
    void numbersCompareByValueSoOnlyRealChangesCount() {
        var stored = SiteFields.valuesOf(details("-1.283300", 40));
        var typed = SiteFields.valuesOf(details("-1.2833", 55));
        assertThat(stored.get("latitude")).isEqualTo("-1.2833");
        assertThat(stored.get("capacity")).isEqualTo("CASSITERITE=1500");
        assertThat(stored.get("minerals")).isEqualTo("CASSITERITE,GOLD");
        assertThat(SiteFields.changedBetween(stored, typed)).containsExactly("workersMen");
    }

    @Test
    void applyingChangesReplacesThoseFieldsOnlyAndKeepsCountryAndOperators() {
        var current = details("-1.2833", 40);
        var changed = SiteFields.with(current, Map.of("workersMen", "55", "locality", "Nyarusiza"), true);
        assertThat(changed.workersMen()).isEqualTo(55);
        assertThat(changed.locality()).isEqualTo("Nyarusiza");
        assertThat(changed.locationConfirmed()).isTrue();
        assertThat(changed.country()).isEqualTo("UG");
        assertThat(changed.operatorIds()).containsExactly(3L);
        assertThat(SiteFields.changedBetween(SiteFields.valuesOf(current), SiteFields.valuesOf(changed)))
                .containsExactly("locality", "workersMen");
        // Every field survives the text round trip.
        assertThat(SiteFields.valuesOf(SiteFields.with(details("0", 1), SiteFields.valuesOf(current), false)))
                .isEqualTo(SiteFields.valuesOf(current));
    }

    @Test
    void aProposalKeepsTheChangedFieldsWithTheirValuesBefore() {
        var before = SiteFields.valuesOf(details("-1.2833", 40));
        var proposal = new SiteChangeProposal(1L, 4, before, SiteFields.valuesOf(details("-1.2833", 55)), false,
                "operator", 9L, Instant.EPOCH);
        assertThat(proposal.getStatus()).isEqualTo(ProposalStatus.PENDING);
        assertThat(proposal.getChanges()).singleElement().satisfies(change -> {
            assertThat(change.getField()).isEqualTo("workersMen");
            assertThat(change.getValueBefore()).isEqualTo("40");
            assertThat(change.getValueProposed()).isEqualTo("55");
        });
        assertThatThrownBy(() -> new SiteChangeProposal(1L, 4, before, before, false, "operator", 9L, Instant.EPOCH))
                .isInstanceOf(DomainRuleViolation.class).hasMessageContaining("proposal.unchanged");
    }

    @Test
    void aRejectionNeedsAReasonAndADecisionIsFinal() {
        var before = SiteFields.valuesOf(details("-1.2833", 40));
        var proposal = new SiteChangeProposal(1L, 4, before, SiteFields.valuesOf(details("-1.2833", 55)), false,
                "operator", 9L, Instant.EPOCH);
        assertThatThrownBy(() -> proposal.reject("inspector", Instant.EPOCH, " "))
                .isInstanceOf(DomainRuleViolation.class).hasMessageContaining("proposal.reason.required");
        proposal.reject("inspector", Instant.EPOCH, " Counts disagree with the inspection. ");
        assertThat(proposal.getStatus()).isEqualTo(ProposalStatus.REJECTED);
        assertThat(proposal.getRejectionReason()).isEqualTo("Counts disagree with the inspection.");
        assertThatThrownBy(() -> proposal.approve("inspector", Instant.EPOCH))
                .isInstanceOf(DomainRuleViolation.class).hasMessageContaining("proposal.decided");
    }
}
