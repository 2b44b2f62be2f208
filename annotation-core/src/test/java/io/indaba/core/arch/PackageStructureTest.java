package io.indaba.core.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The core's packages form layers without cycles (decision 0015): base and foundation at the bottom, items, the
 * feature repositories, the {@code Project} facade over them, the workflows that take a whole project (import and
 * export, QA, generation, annotator packages), and the command line on top.
 */
class PackageStructureTest {

    private static final String FOUNDATION = "Foundation";
    private static final String ITEMS = "Items";
    private static final String FEATURES = "Features";
    private static final String PROJECT = "Project";
    private static final String WORKFLOWS = "Workflows";
    private static final String CLI = "Cli";

    private static JavaClasses core;

    @BeforeAll
    static void importCore() {
        core = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.indaba.core");
    }

    @Test
    void corePackagesAreFreeOfCycles() {
        slices().matching("io.indaba.core.(*)..").should().beFreeOfCycles().check(core);
    }

    @Test
    void coreIsLayered() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer(FOUNDATION).definedBy("io.indaba.core", "io.indaba.core.base..", "io.indaba.core.text..",
                        "io.indaba.core.store..")
                .layer(ITEMS).definedBy("io.indaba.core.item..")
                .layer(FEATURES).definedBy("io.indaba.core.translate..", "io.indaba.core.prefer..",
                        "io.indaba.core.audit..", "io.indaba.core.stats..")
                .layer(PROJECT).definedBy("io.indaba.core.project..")
                .layer(WORKFLOWS).definedBy("io.indaba.core.formats..", "io.indaba.core.qa..",
                        "io.indaba.core.generate..", "io.indaba.core.packages..", "io.indaba.core.log..")
                .layer(CLI).definedBy("io.indaba.core.cli..")
                .whereLayer(CLI).mayNotBeAccessedByAnyLayer()
                .whereLayer(WORKFLOWS).mayOnlyBeAccessedByLayers(CLI)
                .whereLayer(PROJECT).mayOnlyBeAccessedByLayers(WORKFLOWS, CLI)
                .whereLayer(FEATURES).mayOnlyBeAccessedByLayers(PROJECT, WORKFLOWS, CLI)
                .whereLayer(ITEMS).mayOnlyBeAccessedByLayers(FEATURES, PROJECT, WORKFLOWS, CLI)
                .because("a package may only use the layers below it; see docs/decisions/0015")
                .check(core);
    }

    @Test
    void baseDependsOnNothingElseInTheCore() {
        classes().that().resideInAPackage("io.indaba.core.base..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("io.indaba.core.base..", "java..",
                        "com.ibm.icu..")
                .because("shared exceptions and records sit below every other package")
                .check(core);
    }

    @Test
    void storeAndTextKnowNoDomain() {
        classes().that().resideInAnyPackage("io.indaba.core.store..", "io.indaba.core.text..")
                .should().onlyDependOnClassesThat().resideOutsideOfPackages("io.indaba.core.item..",
                        "io.indaba.core.translate..", "io.indaba.core.prefer..", "io.indaba.core.audit..",
                        "io.indaba.core.stats..", "io.indaba.core.project..", "io.indaba.core.formats..",
                        "io.indaba.core.qa..", "io.indaba.core.generate..", "io.indaba.core.packages..",
                        "io.indaba.core.log..", "io.indaba.core.cli..")
                .check(core);
    }
}
