package io.indaba.core.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Fails the build on a wrong dependency arrow: plugin-api ← annotation-core ← app, and no pixels below the app. */
class DependencyArrowTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.indaba.core", "io.indaba.plugin", "io.indaba.backend");
    }

    @Test
    void coreAndPluginApiNeverTouchJavaFxScenesOrStages() {
        noClasses().that().resideInAnyPackage("io.indaba.core..", "io.indaba.plugin..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..", "javafx.application..")
                .check(classes);
    }

    @Test
    void coreNeverImportsTheApp() {
        noClasses().that().resideInAnyPackage("io.indaba.core..", "io.indaba.plugin..")
                .should().dependOnClassesThat().resideInAPackage("io.indaba.app..")
                .check(classes);
    }

    @Test
    void pluginApiDependsOnNothingButTheJdk() {
        noClasses().that().resideInAPackage("io.indaba.plugin..")
                .should().dependOnClassesThat().resideOutsideOfPackages("io.indaba.plugin..", "java..", "javax..")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void theCliIsALeafOfTheCore() {
        noClasses().that().resideInAPackage("io.indaba.core..").and().resideOutsideOfPackage("io.indaba.core.cli..")
                .should().dependOnClassesThat().resideInAPackage("io.indaba.core.cli..")
                .check(classes);
    }

    @Test
    void backEndPluginsSeeOnlyThePluginApiNeverTheCoreNorEachOther() {
        noClasses().that().resideInAPackage("io.indaba.backend..")
                .should().dependOnClassesThat().resideInAnyPackage("io.indaba.core..", "io.indaba.app..")
                .check(classes);
        noClasses().that().resideInAPackage("io.indaba.backend.openai..")
                .should().dependOnClassesThat().resideInAPackage("io.indaba.backend.ollama..")
                .check(classes);
        noClasses().that().resideInAPackage("io.indaba.backend.ollama..")
                .should().dependOnClassesThat().resideInAPackage("io.indaba.backend.openai..")
                .check(classes);
    }

    @Test
    void theCoreFindsBackEndsOnlyThroughTheSpi() {
        noClasses().that().resideInAPackage("io.indaba.core..")
                .should().dependOnClassesThat().resideInAPackage("io.indaba.backend..")
                .check(classes);
    }
}
