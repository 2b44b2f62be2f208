package io.indaba.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The shell's layering, enforced: view models and background work stay free of the scene graph. */
class ArchitectureTest {

    private static final JavaClasses APP = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.indaba.app");

    @Test
    void viewModelsUseOnlyBeansAndCollections() {
        noClasses().that().haveSimpleNameEndingWith("ViewModel")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..")
                .because("view models are tested with plain JUnit and never touch nodes")
                .check(APP);
    }

    @Test
    void backgroundWorkKnowsNothingOfViews() {
        noClasses().that().resideInAPackage("io.indaba.app.tasks..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..", "io.indaba.app.project..")
                .check(APP);
    }

    @Test
    void sessionsHoldNoNodes() {
        classes().that().resideInAPackage("io.indaba.app..")
                .and().haveSimpleNameEndingWith("Session")
                .should().onlyDependOnClassesThat().resideOutsideOfPackages("javafx.scene..", "javafx.stage..")
                .check(APP);
    }
}
