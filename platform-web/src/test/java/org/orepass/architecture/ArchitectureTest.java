package org.orepass.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The module rules as tests. Each rule names the classes it constrains and fails when they are missing, so a
 * rule that matches nothing cannot pass silently (ArchUnit's failOnEmptyShould, on by default).
 */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importProductionClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.orepass");
    }

    private static com.tngtech.archunit.lang.syntax.elements.GivenClassesConjunction coreClasses() {
        return noClasses().that().resideInAPackage("org.orepass..")
                .and().resideOutsideOfPackages("org.orepass.persistence..", "org.orepass.web..")
                .and().doNotHaveSimpleName("OrePassApplication");
    }

    @Test
    void coreUsesNoWebServletThymeleafOrSpringData() {
        coreClasses().should().dependOnClassesThat().resideInAnyPackage("jakarta.servlet..",
                        "org.springframework.web..", "org.thymeleaf..", "org.springframework.data..",
                        "org.springframework.security..", "org.hibernate..", "org.springframework.jdbc..")
                .check(classes);
    }

    @Test
    void coreDependsOnNoOtherModule() {
        coreClasses().should().dependOnClassesThat()
                .resideInAnyPackage("org.orepass.persistence..", "org.orepass.web..")
                .check(classes);
    }

    @Test
    void persistenceDoesNotKnowTheWebLayer() {
        noClasses().that().resideInAPackage("org.orepass.persistence..")
                .should().dependOnClassesThat().resideInAnyPackage("org.orepass.web..", "org.springframework.web..",
                        "jakarta.servlet..", "org.thymeleaf..")
                .check(classes);
    }

    @Test
    void webUsesPersistenceOnlyAtRuntime() {
        noClasses().that().resideInAPackage("org.orepass.web..")
                .should().dependOnClassesThat().resideInAPackage("org.orepass.persistence..")
                .check(classes);
    }

    @Test
    void webUsesNoSpringDataDirectly() {
        noClasses().that().resideInAPackage("org.orepass.web..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework.data..",
                        "org.springframework.jdbc..", "jakarta.persistence..")
                .check(classes);
    }

    @Test
    void repositoryPortsInTheCoreAreInterfaces() {
        classes().that().resideInAPackage("org.orepass.(organisation|account|accesstoken|audit)")
                .and().haveSimpleNameEndingWith("s").and().areNotEnums().and().areNotRecords()
                .and().areNotAnnotations().and().doNotHaveSimpleName("Countries")
                .should().beInterfaces()
                .check(classes);
    }

    @Test
    void custodyDoesNotDependOnRisk() {
        // Risk reads custody (genealogy); custody asks risk only through its own port, PurchaseRestrictions.
        noClasses().that().resideInAPackage("org.orepass.custody..")
                .should().dependOnClassesThat().resideInAPackage("org.orepass.risk..")
                .check(classes);
    }

    @Test
    void controllersLiveInTheWebLayer() {
        classes().that().areAnnotatedWith(org.springframework.stereotype.Controller.class)
                .or().areAnnotatedWith(org.springframework.web.bind.annotation.RestController.class)
                .should().resideInAPackage("org.orepass.web..")
                .check(classes);
    }

    @Test
    void controllersReceiveTheSignedInUserAsAnArgument() {
        // web.security.SignedInArguments resolves Actor and SignedInUser parameters; no controller reaches for the
        // static CurrentUser, so each handler says in its signature that it needs a signed-in user.
        noClasses().that().areAnnotatedWith(org.springframework.stereotype.Controller.class)
                .or().areAnnotatedWith(org.springframework.web.bind.annotation.RestController.class)
                .should().dependOnClassesThat().haveFullyQualifiedName("org.orepass.web.security.CurrentUser")
                .check(classes);
    }

    @Test
    void persistenceAdaptersLiveInPersistence() {
        classes().that().areAssignableTo(org.springframework.data.repository.Repository.class)
                .should().resideInAPackage("org.orepass.persistence..")
                .check(classes);
    }
}
