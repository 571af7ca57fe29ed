package nl.kabiz.smr;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The shape of the code: domain code is plain Java (Camunda stays in the {@code process} adapters and in
 * {@code system}), the procedures do not reach into each other and share only the foundation packages, no
 * package depends on itself through others, and a feature's domain owns the port its {@code process} adapter
 * implements (the domain never imports its own adapter).
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

    @ArchTest
    static final ArchRule packagesAreFreeOfCycles = slices().matching("nl.kabiz.smr.(**)").should().beFreeOfCycles()
            .because("a cycle (domain -> its process adapter -> domain) makes every change ripple both ways");

    @ArchTest
    static final ArchRule domainDoesNotImportItsOwnAdapter = noClasses()
            .that().resideInAPackage("nl.kabiz.smr..").and().resideOutsideOfPackage("..process..")
            .should(dependOnTheirOwnProcessPackage())
            .because("the domain owns the port (e.g. RegistrationProcedure); its process package implements it");

    private static ArchCondition<JavaClass> dependOnTheirOwnProcessPackage() {
        return new ArchCondition<>("depend on their own feature's process package") {
            @Override
            public void check(JavaClass item, ConditionEvents events) {
                String own = item.getPackageName() + ".process";
                item.getDirectDependenciesFromSelf().stream()
                        .filter(d -> d.getTargetClass().getPackageName().equals(own)
                                || d.getTargetClass().getPackageName().startsWith(own + "."))
                        .forEach(d -> events.add(SimpleConditionEvent.satisfied(item, d.getDescription())));
            }
        };
    }

    /** Activity ids are the model's words: only the {@code *Process} constants classes spell them. */
    @Test
    void activityIdsAreSpelledOnlyInTheProcessConstants() throws IOException {
        Pattern literal = Pattern.compile("\"(serviceTask|userTask)_");
        try (Stream<java.nio.file.Path> files = Files.walk(
                Path.of("src/main/java"))) {
            List<String> offenders = files.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> !f.getFileName().toString().endsWith("Process.java"))
                    .filter(f -> {
                        try {
                            return literal.matcher(Files.readString(f)).find();
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    }).map(Object::toString).toList();
            assertThat(offenders).as("activity ids outside *Process classes").isEmpty();
        }
    }
}
