package io.indaba.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import org.junit.jupiter.api.Test;

/**
 * The shell's layering, enforced: wiring on top, workspaces in the middle, shared pieces at the bottom, no package
 * cycles (the root package counts as a slice of its own), no SQL, and view models and background work free of the
 * scene graph. The layout is described in {@code docs/decisions/0016-app-package-layout.md}.
 */
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

    /** The wiring: the root package only (its subpackages are not part of it). */
    private static final String WIRING = "io.indaba.app";
    /** Shared pieces every workspace may use; they use nothing above them. */
    private static final String[] SHARED = {"io.indaba.app.common..", "io.indaba.app.tasks..", "io.indaba.app.theme.."};
    /** The workspaces and the views they share among themselves. */
    private static final String[] WORKSPACES = {"io.indaba.app.audit..", "io.indaba.app.backends..",
            "io.indaba.app.generate..", "io.indaba.app.keys..",
            "io.indaba.app.markdown..", "io.indaba.app.prefer..", "io.indaba.app.project..", "io.indaba.app.review..",
            "io.indaba.app.stats..", "io.indaba.app.team..", "io.indaba.app.translate.."};

    /**
     * One slice per top-level package under {@code io.indaba.app}, and the root package as a slice of its own:
     * {@code slices().matching("io.indaba.app.(*)..")} leaves root classes out, which hid every cycle through it.
     */
    private static final SliceAssignment TOP_LEVEL_PACKAGES = new SliceAssignment() {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
            String name = javaClass.getPackageName();
            if (name.equals(WIRING)) {
                return SliceIdentifier.of("(root)");
            }
            if (name.startsWith(WIRING + ".")) {
                return SliceIdentifier.of(name.substring(WIRING.length() + 1).split("\\.")[0]);
            }
            return SliceIdentifier.ignore();
        }

        @Override
        public String getDescription() {
            return "top-level packages of io.indaba.app, the root package included";
        }
    };

    @Test
    void topLevelPackagesAreFreeOfCycles() {
        slices().assignedFrom(TOP_LEVEL_PACKAGES).should().beFreeOfCycles().check(APP);
    }

    @Test
    void subpackagesAreFreeOfCycles() {
        slices().matching("io.indaba.app.(*)..").should().beFreeOfCycles().check(APP);
    }

    @Test
    void wiringOnTopWorkspacesInTheMiddleSharedPiecesAtTheBottom() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("Wiring").definedBy(WIRING)
                .layer("Workspaces").definedBy(WORKSPACES)
                .layer("Shared").definedBy(SHARED)
                .whereLayer("Wiring").mayNotBeAccessedByAnyLayer()
                .whereLayer("Workspaces").mayOnlyBeAccessedByLayers("Wiring")
                .whereLayer("Shared").mayOnlyBeAccessedByLayers("Wiring", "Workspaces")
                .check(APP);
    }

    @Test
    void everyPackageHasALayer() {
        String[] all = new String[SHARED.length + WORKSPACES.length + 1];
        all[0] = WIRING;
        System.arraycopy(SHARED, 0, all, 1, SHARED.length);
        System.arraycopy(WORKSPACES, 0, all, 1 + SHARED.length, WORKSPACES.length);
        classes().should().resideInAnyPackage(all)
                .because("a new package must be placed in a layer of wiringOnTopWorkspacesInTheMiddleSharedPiecesAtTheBottom")
                .check(APP);
    }

    @Test
    void sharedPiecesUseOnlyBackgroundWork() {
        noClasses().that().resideInAPackage("io.indaba.app.common..")
                .should().dependOnClassesThat().resideInAnyPackage(WIRING, "io.indaba.app.theme..")
                .orShould().dependOnClassesThat().resideInAnyPackage(WORKSPACES)
                .check(APP);
    }

    @Test
    void noSqlInTheApp() {
        noClasses().that().resideInAPackage("io.indaba.app..")
                .should().dependOnClassesThat().resideInAPackage("java.sql..")
                .because("queries live in core repositories next to their records")
                .check(APP);
    }
}
