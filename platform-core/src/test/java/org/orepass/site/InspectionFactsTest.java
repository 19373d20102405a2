package org.orepass.site;

import org.orepass.site.internal.Inspections;
import org.orepass.site.internal.OverrideState;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.orepass.account.Actor;
import org.orepass.account.Role;
import org.orepass.shared.DomainRuleViolation;

/**
 * The colour of an inspection follows what it records (issue 12): the facts imply a minimum set of breached
 * criteria, the colour is that of the ticked criteria and the implied ones together, and a better colour than the
 * facts give applies only once a second inspector of the jurisdiction confirms it.
 */
class InspectionFactsTest {

    private static final Instant NOW = Instant.parse("2026-12-07T09:00:00Z");
    private static final LocalDate TODAY = LocalDate.ofInstant(NOW, ZoneOffset.UTC);
    private static final Actor FIRST = inspector("first", "UG");
    private static final Actor SECOND = inspector("second", "UG");
    private static final String REASON = "Checked with the district security committee and the unit's orders.";
    private static final InspectionChecklist NONE = checklist(0);

    private static Actor inspector(String username, String country) {
        return new Actor(username, 1L, Set.of(Role.INSPECTOR), country, Set.of());
    }

    private static InspectionChecklist checklist(int bits) {
        return new InspectionChecklist((bits & 1) != 0, (bits & 2) != 0, (bits & 4) != 0, (bits & 8) != 0,
                (bits & 16) != 0, (bits & 32) != 0, (bits & 64) != 0, (bits & 128) != 0);
    }

    private static Observations seen(int children, boolean hazardous, boolean armed, boolean roadblocks,
            boolean taxation, boolean lawful, String reason) {
        return new Observations(10, 5, children, armed, roadblocks, false, null, null, hazardous, taxation, lawful,
                reason);
    }

    private static int severity(SiteStatus status) {
        return List.of(SiteStatus.GREEN, SiteStatus.YELLOW, SiteStatus.RED).indexOf(status);
    }

    // --- the facts alone -------------------------------------------------------------------------------------

    @Test
    void childrenSeenWorkingGiveAtLeastTheChildLabourCriterionEvenWhenItIsTickedNo() {
        assertThat(InspectionFacts.result(NONE, seen(2, false, false, false, false, false, null)))
                .isEqualTo(SiteStatus.YELLOW);
        assertThat(InspectionFacts.impliedBy(seen(2, false, false, false, false, false, null)).childLabour()).isTrue();
    }

    @Test
    void childrenInHazardousWorkAreAWorstFormAndMakeTheSiteRed() {
        var implied = InspectionFacts.impliedBy(seen(1, true, false, false, false, false, null));
        assertThat(implied.seriousAbuses()).isTrue();
        assertThat(implied.result()).isEqualTo(SiteStatus.RED);
    }

    @Test
    void armsAndRoadblocksAreTheArmedGroupCriterionUnlessLawfulStateSecurityWithAReason() {
        assertThat(InspectionFacts.result(NONE, seen(0, false, true, false, false, false, null)))
                .isEqualTo(SiteStatus.RED);
        assertThat(InspectionFacts.result(NONE, seen(0, false, false, true, false, false, null)))
                .isEqualTo(SiteStatus.RED);
        assertThat(InspectionFacts.result(NONE, seen(0, false, true, true, false, true, REASON)))
                .isEqualTo(SiteStatus.GREEN);
        assertThat(InspectionFacts.result(NONE, seen(0, false, true, false, false, true, "ok")))
                .as("a reason too short to count clears nothing").isEqualTo(SiteStatus.RED);
        assertThat(InspectionFacts.result(NONE, seen(0, false, true, false, true, true, REASON)))
                .as("taxation by an armed group is never lawful security").isEqualTo(SiteStatus.RED);
    }

    @Test
    void contradictoryObservationsAreRefused() {
        assertThatThrownBy(() -> InspectionFacts.check(seen(0, true, false, false, false, false, null)))
                .extracting("field", "messageKey").containsExactly("children", "inspection.children.hazardous-uncounted");
        assertThatThrownBy(() -> InspectionFacts.check(seen(0, false, false, false, false, true, REASON)))
                .extracting("field").isEqualTo("lawfulStateSecurity");
        assertThatThrownBy(() -> InspectionFacts.check(seen(0, false, true, false, false, true, " short ")))
                .extracting("field").isEqualTo("lawfulSecurityReason");
        assertThatThrownBy(() -> InspectionFacts.check(seen(-1, false, false, false, false, false, null)))
                .extracting("field").isEqualTo("children");
    }

    @Provide
    Arbitrary<Observations> observations() {
        var flags = Arbitraries.integers().between(0, 31);
        var children = Arbitraries.integers().between(0, 3);
        var reasons = Arbitraries.of("", "too short", REASON).injectNull(0.25);
        return Combinators.combine(children, flags, reasons).as((count, bits, reason) -> seen(count,
                (bits & 1) != 0 && count > 0, (bits & 2) != 0, (bits & 4) != 0, (bits & 8) != 0, (bits & 16) != 0,
                reason));
    }

    @Provide
    Arbitrary<InspectionChecklist> checklists() {
        return Arbitraries.integers().between(0, 255).map(InspectionFactsTest::checklist);
    }

    @Property
    void theColourIsNeverBetterThanTheTickedCriteriaOrTheFacts(@ForAll("checklists") InspectionChecklist ticked,
            @ForAll("observations") Observations seen) {
        var result = InspectionFacts.result(ticked, seen);
        assertThat(severity(result)).isGreaterThanOrEqualTo(severity(ticked.result()));
        assertThat(severity(result)).isGreaterThanOrEqualTo(severity(InspectionFacts.impliedBy(seen).result()));
        if (seen.getChildren() > 0) {
            assertThat(severity(result)).isGreaterThanOrEqualTo(severity(SiteStatus.YELLOW));
        }
        if (seen.isChildrenInHazardousWork() || seen.isArmedGroupTaxation()) {
            assertThat(result).isEqualTo(SiteStatus.RED);
        }
        if ((seen.isArmedPresence() || seen.isRoadblocks()) && !seen.isLawfulStateSecurity()) {
            assertThat(result).isEqualTo(SiteStatus.RED);
        }
    }

    // --- through the use case --------------------------------------------------------------------------------

    /** The use case over in-memory ports, with one Ugandan site. */
    private static final class World {
        final MineSite site;
        final List<Inspection> inspections = new ArrayList<>();
        final List<StatusChange> history = new ArrayList<>();
        final SiteInspection useCase;

        World() {
            site = MineSite.register(new IcglrId("UG--1.2833+29.6947-00001"), new SiteDetails("Kisoro pit", null, "UG", "UG-W",
                    null, new BigDecimal("-1.2833"), new BigDecimal("29.6947"), null, null, Set.of(),
                    Set.of(Mineral.CASSITERITE), ActivityStatus.ACTIVE, MiningType.ARTISANAL,
                    FormalisationStage.LICENSED, 10, 5, 0, 0, 0, false, Map.of(),
                    new SiteDetails.LicenceDetails(Licence.Type.ARTISANAL_PERMIT, "AP-1", null, null), false),
                    null, Set.of(), TODAY.minusDays(40), NOW);
            setId(site, 7L);
            var sites = (MineSites) Proxy.newProxyInstance(MineSites.class.getClassLoader(),
                    new Class<?>[] {MineSites.class}, (proxy, method, args) -> {
                        if (method.getName().equals("findById")) {
                            return Optional.of(site).filter(s -> s.getId().equals(args[0]));
                        }
                        throw new UnsupportedOperationException(method.getName());
                    });
            var store = new Inspections() {
                public Inspection add(Inspection inspection) {
                    setId(inspection, (long) inspections.size() + 1);
                    inspections.add(inspection);
                    return inspection;
                }

                public Optional<Inspection> findById(Long id) {
                    return inspections.stream().filter(i -> i.getId().equals(id)).findFirst();
                }

                public List<Inspection> findBySiteIdOrderByInspectedOnDescIdDesc(Long siteId) {
                    return inspections.stream().filter(i -> i.getSiteId().equals(siteId))
                            .sorted(Comparator.comparing(Inspection::getInspectedOn)
                                    .thenComparing(Inspection::getId).reversed()).toList();
                }
            };
            var changes = new StatusChanges() {
                public StatusChange add(StatusChange change) {
                    history.add(change);
                    return change;
                }

                public List<StatusChange> findBySiteIdOrderByChangedOnDescIdDesc(Long siteId) {
                    return List.copyOf(history);
                }
            };
            useCase = new SiteInspection(sites, store, changes, Clock.fixed(NOW, ZoneOffset.UTC));
        }

        Inspection record(Actor who, InspectionChecklist ticked, Observations seen, SiteStatus chosen,
                String justification) {
            return record(who, TODAY.minusDays(2), ticked, seen, chosen, justification);
        }

        Inspection record(Actor who, LocalDate on, InspectionChecklist ticked, Observations seen, SiteStatus chosen,
                String justification) {
            return useCase.record(who, site.getId(), new InspectionReport(on, "Routine RCM",
                    "R. Akello", "DGSM", ticked, seen, "Findings are free text and never read.", List.of(), chosen,
                    justification));
        }

        StatusChange lastChange() {
            return history.get(history.size() - 1);
        }
    }

    private static void setId(Object entity, Long id) {
        try {
            var field = entity.getClass().getDeclaredField("id");
            field.setAccessible(true);
            field.set(entity, id);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    @Provide
    Arbitrary<SiteStatus> chosen() {
        return Arbitraries.of(SiteStatus.GREEN, SiteStatus.YELLOW, SiteStatus.RED).injectNull(0.25);
    }

    @Property(tries = 300)
    void theSiteIsNeverBetterThanTheFactsUntilASecondInspectorConfirms(@ForAll("checklists") InspectionChecklist ticked,
            @ForAll("observations") Observations seen, @ForAll("chosen") SiteStatus chosen) {
        var world = new World();
        Inspection recorded;
        try {
            recorded = world.record(FIRST, ticked, seen, chosen, REASON);
        } catch (DomainRuleViolation refused) {
            // Only contradictory observations are refused when a justification is given.
            assertThat(refused.field()).isIn("lawfulStateSecurity", "lawfulSecurityReason", "children");
            return;
        }
        var facts = InspectionFacts.result(ticked, seen);
        var status = world.site.statusOn(TODAY);
        assertThat(severity(status)).as("the site's colour against the facts").isGreaterThanOrEqualTo(severity(facts));
        assertThat(recorded.getRuleResult()).isEqualTo(facts);
        var lenient = chosen != null && severity(chosen) < severity(facts);
        assertThat(recorded.isAwaitingConfirmation()).isEqualTo(lenient);
        if (status == SiteStatus.RED && chosen == null) {
            assertThat(world.site.redCauseOn(TODAY)).contains(RedCause.CRITICAL_CRITERION);
        }
        if (!lenient) {
            return;
        }
        assertThat(world.lastChange().getReason()).isEqualTo(StatusChangeReason.INSPECTION);
        assertThatThrownBy(() -> world.useCase.confirmOverride(FIRST, 7L, recorded.getId(), 0))
                .extracting("messageKey").isEqualTo("inspection.override.same-inspector");
        assertThatThrownBy(() -> world.useCase.confirmOverride(inspector("rwanda", "RW"), 7L, recorded.getId(), 0))
                .isInstanceOf(SiteAccessDenied.class);
        assertThatThrownBy(() -> world.useCase.confirmOverride(new Actor("auditor", 1L, Set.of(Role.AUDITOR,
                Role.ADMIN), "UG", Set.of()), 7L, recorded.getId(), 0)).isInstanceOf(SiteAccessDenied.class);
        assertThat(world.site.statusOn(TODAY)).isEqualTo(facts);

        world.useCase.confirmOverride(SECOND, 7L, recorded.getId(), 0);
        assertThat(world.site.statusOn(TODAY)).isEqualTo(chosen);
        assertThat(world.site.getStatusReason()).isEqualTo(StatusChangeReason.OVERRIDE);
        assertThat(world.lastChange().getRecordedBy()).isEqualTo("second");
        assertThat(world.lastChange().getChangedOn()).isEqualTo(TODAY);
        assertThat(recorded.getOverrideState()).isEqualTo(OverrideState.CONFIRMED);
        assertThatThrownBy(() -> world.useCase.confirmOverride(inspector("third", "UG"), 7L, recorded.getId(), 0))
                .extracting("messageKey").isEqualTo("inspection.override.not-pending");
    }

    @Test
    void aStricterColourAppliesAtOnceWithItsJustificationAndStaysACriticalRed() {
        var world = new World();
        var recorded = world.record(FIRST, NONE, seen(0, false, false, false, false, false, null), SiteStatus.RED,
                REASON);
        assertThat(recorded.isAwaitingConfirmation()).isFalse();
        assertThat(world.site.statusOn(TODAY)).isEqualTo(SiteStatus.RED);
        assertThat(world.site.redCauseOn(TODAY)).contains(RedCause.CRITICAL_CRITERION);
        assertThat(world.lastChange().getReason()).isEqualTo(StatusChangeReason.OVERRIDE);
    }

    @Test
    void aLenientColourWithoutJustificationOrBlueIsRefused() {
        var world = new World();
        var armed = seen(0, false, true, false, false, false, null);
        assertThatThrownBy(() -> world.record(FIRST, NONE, armed, SiteStatus.GREEN, "fine"))
                .extracting("messageKey").isEqualTo("inspection.override.justification-required");
        assertThatThrownBy(() -> world.record(FIRST, NONE, armed, SiteStatus.BLUE, REASON))
                .extracting("messageKey").isEqualTo("inspection.result.blue");
        assertThat(world.inspections).isEmpty();
    }

    @Test
    void aRefusedOrSupersededLenientColourNeverApplies() {
        var world = new World();
        var armed = seen(0, false, true, false, false, false, null);
        var first = world.record(FIRST, NONE, armed, SiteStatus.GREEN, REASON);
        assertThatThrownBy(() -> world.useCase.refuseOverride(SECOND, 7L, first.getId(), 0, " "))
                .extracting("field").isEqualTo("refusalReason");
        world.useCase.refuseOverride(SECOND, 7L, first.getId(), 0, "The armed men were not police.");
        assertThat(first.getOverrideState()).isEqualTo(OverrideState.REFUSED);
        assertThat(world.site.statusOn(TODAY)).isEqualTo(SiteStatus.RED);

        var second = world.record(FIRST, NONE, armed, SiteStatus.YELLOW, REASON);
        world.record(FIRST, NONE, armed, null, null);
        assertThat(second.getOverrideState()).as("a newer inspection came first").isEqualTo(OverrideState.LAPSED);
        assertThatThrownBy(() -> world.useCase.confirmOverride(SECOND, 7L, second.getId(), 0))
                .extracting("messageKey").isEqualTo("inspection.override.not-pending");
        assertThat(world.site.statusOn(TODAY)).isEqualTo(SiteStatus.RED);
    }

    @Test
    void aYellowWhoseCorrectionPeriodIsOverCannotBeConfirmedOverACriticalRed() {
        var world = new World();
        var armed = seen(0, false, true, false, false, false, null);
        var old = world.record(FIRST, TODAY.minusMonths(4), NONE, armed, SiteStatus.YELLOW, REASON);
        assertThatThrownBy(() -> world.useCase.confirmOverride(SECOND, 7L, old.getId(), 0))
                .extracting("messageKey").isEqualTo("inspection.override.superseded");
        assertThat(world.site.redCauseOn(TODAY)).contains(RedCause.CRITICAL_CRITERION);
        assertThat(old.getOverrideState()).isEqualTo(OverrideState.PENDING);
    }

    @Test
    void aStaleFormOrAStaleConfirmationIsRefused() {
        var world = new World();
        var armed = seen(0, false, true, false, false, false, null);
        var recorded = world.record(FIRST, NONE, armed, SiteStatus.GREEN, REASON);
        assertThatThrownBy(() -> world.useCase.confirmOverride(SECOND, 7L, recorded.getId(), 5))
                .isInstanceOf(org.orepass.shared.StaleEditException.class);
        assertThatThrownBy(() -> world.useCase.record(SECOND, 7L, world.site.getVersion() + 1,
                new InspectionReport(TODAY, "Visit", "B", "DGSM", NONE, armed, null, List.of(), null, null)))
                .isInstanceOf(org.orepass.shared.StaleEditException.class);
    }
}
