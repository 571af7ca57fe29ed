package nl.kabiz.smr;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The shape of the code: domain code is plain Java (Camunda stays in the {@code process} adapters and in
 * {@code system}), and the procedures do not reach into each other; they share only the foundation packages.
 */
@AnalyzeClasses(packages = "nl.kabiz.smr", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule domainCodeIsFreeOfCamunda = noClasses()
            .that().resideInAPackage("nl.kabiz.smr..")
            .and().resideOutsideOfPackages("..process..", "nl.kabiz.smr.system..")
            .should().dependOnClassesThat().resideInAPackage("org.camunda..")
            .because("the engine is glue: a move to Operaton must stay a rename in the process adapters");

    @ArchTest
    static final ArchRule registrationDoesNotUseOtherProcedures = noClasses()
            .that().resideInAPackage("nl.kabiz.smr.registration..")
            .should().dependOnClassesThat().resideInAnyPackage("nl.kabiz.smr.transition..",
                    "nl.kabiz.smr.extramodule..")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule transitionDoesNotUseOtherProcedures = noClasses()
            .that().resideInAPackage("nl.kabiz.smr.transition..")
            .should().dependOnClassesThat().resideInAnyPackage("nl.kabiz.smr.registration..",
                    "nl.kabiz.smr.extramodule..")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule sharedPartsDoNotDependOnProcedures = noClasses()
            .that().resideInAnyPackage("nl.kabiz.smr.coach..", "nl.kabiz.smr.competency..",
                    "nl.kabiz.smr.document..", "nl.kabiz.smr.notification..", "nl.kabiz.smr.system..")
            .should().dependOnClassesThat().resideInAnyPackage("nl.kabiz.smr.registration..",
                    "nl.kabiz.smr.transition..", "nl.kabiz.smr.extramodule..");
}
