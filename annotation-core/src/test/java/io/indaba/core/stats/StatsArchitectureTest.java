package io.indaba.core.stats;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The statistics stay pure: no store, no UI, no other core feature, and no cycles between their parts. */
class StatsArchitectureTest {

    private static final JavaClasses STATS = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.indaba.core.stats");

    @Test
    void dependsOnlyOnTheJdkAndIcu() {
        classes().should().onlyDependOnClassesThat()
                .resideInAnyPackage("io.indaba.core.stats..", "java..", "com.ibm.icu..")
                .check(STATS);
    }

    @Test
    void subPackagesHaveNoCycles() {
        slices().matching("io.indaba.core.stats.(*)..").should().beFreeOfCycles().check(STATS);
    }

    @Test
    void onlyTheFacadeSeesTheWholePicture() {
        // the sub-packages are building blocks; a dependency back on the facade would make a cycle
        noClasses().that().resideInAPackage("io.indaba.core.stats.(*)..")
                .should().dependOnClassesThat().resideInAPackage("io.indaba.core.stats")
                .check(STATS);
    }

    @Test
    void theMathematicsDoesNotKnowTheVotes() {
        classes().that().resideInAnyPackage("io.indaba.core.stats.agreement..", "io.indaba.core.stats.ranking..")
                .should().onlyDependOnClassesThat()
                .resideInAnyPackage("io.indaba.core.stats.agreement..", "io.indaba.core.stats.ranking..", "java..")
                .check(STATS);
    }
}
