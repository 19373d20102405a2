package org.orepass.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition;
import java.io.IOException;
import java.nio.file.Files;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.orepass.architecture.breach.BoundaryBreaches;

/**
 * The feature boundaries as tests, in every layer: features have no cycles between them, use only the features
 * docs/architecture.md lists for them (its feature table is read here, so the document and the check cannot
 * differ), and never another feature's {@code internal} package. The last tests run the same rules on classes that
 * break them on purpose, so a rule that stopped seeing anything would fail.
 */
class FeatureBoundariesTest {

    private static JavaClasses production;
    private static FeatureMap features;

    @BeforeAll
    static void importProductionClasses() {
        production = FeatureMap.productionClasses();
        features = FeatureMap.fromDocs();
    }

    @Test
    void coreFeaturesHaveNoCycles() {
        SlicesRuleDefinition.slices().matching("org.orepass.(*)..").should().beFreeOfCycles()
                .check(production.that(com.tngtech.archunit.base.DescribedPredicate.not(
                        JavaClass.Predicates.resideInAnyPackage("org.orepass.persistence..", "org.orepass.web.."))));
    }

    @Test
    void persistenceFeaturesHaveNoCycles() {
        SlicesRuleDefinition.slices().matching("org.orepass.persistence.(*)..").should().beFreeOfCycles()
                .check(production);
    }

    @Test
    void webFeaturesHaveNoCycles() {
        SlicesRuleDefinition.slices().matching("org.orepass.web.(*)..").should().beFreeOfCycles()
                .check(production);
    }

    @Test
    void everyFeatureIsListedAndUsesOnlyTheFeaturesListedForIt() {
        var unlisted = production.stream().map(FeatureMap::featureOf).filter(f -> f != null)
                .filter(f -> !features.allowed.containsKey(f)).collect(Collectors.toCollection(TreeSet::new));
        assertThat(unlisted).as("features missing from the table in docs/architecture.md").isEmpty();
        onlyListedDependencies(features).check(production);
    }

    @Test
    void noFeatureUsesAnotherFeaturesInternals() {
        noOtherFeaturesInternals().check(production);
    }

    // The rules run on deliberate breaches (test classes, never in the production import): each must be caught.

    @Test
    void theInternalsRuleCatchesAWrongImport() {
        var breach = new ClassFileImporter().importClasses(BoundaryBreaches.UsesRiskInternals.class);
        var result = noOtherFeaturesInternals().evaluate(breach);
        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().getDetails()).anySatisfy(line -> assertThat(line)
                .contains("UsesRiskInternals").contains("org.orepass.risk.internal."));
    }

    @Test
    void theListedDependenciesRuleCatchesAFeatureUsingOneItMayNot() {
        // Breaches live in org.orepass.architecture.breach: feature "architecture", which may use nothing but the
        // kernel, so its use of custody (an ordinary API class) must be refused.
        var breach = new ClassFileImporter().importClasses(BoundaryBreaches.UsesCustody.class);
        var result = onlyListedDependencies(features).evaluate(breach);
        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().getDetails()).anySatisfy(line -> assertThat(line)
                .contains("architecture").contains("custody"));
    }

    @Test
    void theCycleRuleCatchesTwoFeaturesUsingEachOther() {
        var breach = new ClassFileImporter().importPackages("org.orepass.architecture.breach");
        var result = SlicesRuleDefinition.slices().matching("org.orepass.architecture.breach.(*)..")
                .should().beFreeOfCycles().evaluate(breach);
        assertThat(result.hasViolation()).isTrue();
    }

    @Test
    void theTableIsReadFromTheDocument() throws IOException {
        var doc = Files.readString(FeatureMap.ARCHITECTURE_DOC);
        assertThat(FeatureMap.between(doc, "feature-dependencies")).contains("| custody |");
        assertThat(features.kernel).contains("shared");
        assertThat(features.allowed).containsKeys("custody", "export", "incident");
    }

    static ArchRule onlyListedDependencies(FeatureMap features) {
        return classes().should(new ArchCondition<JavaClass>("use only the features listed for their feature") {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                var from = FeatureMap.featureOf(type);
                if (from == null) {
                    return;
                }
                for (Dependency dependency : type.getDirectDependenciesFromSelf()) {
                    var to = FeatureMap.featureOf(dependency.getTargetClass());
                    if (to != null && !features.mayUse(from, to)) {
                        events.add(SimpleConditionEvent.violated(dependency, "feature " + from + " may not use "
                                + to + ": " + dependency.getDescription()));
                    }
                }
            }
        });
    }

    static ArchRule noOtherFeaturesInternals() {
        return classes().should(new ArchCondition<JavaClass>("not use another feature's internal package") {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                var from = FeatureMap.featureOf(type);
                for (Dependency dependency : type.getDirectDependenciesFromSelf()) {
                    var target = dependency.getTargetClass();
                    if (FeatureMap.isInternal(target) && !java.util.Objects.equals(from,
                            FeatureMap.featureOf(target))) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                }
            }
        }).allowEmptyShould(true);
    }
}
