package io.indaba.core.cli;

import io.indaba.core.project.Project;
import io.indaba.core.store.ProjectOpenException;
import java.nio.file.Path;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The PROJECT argument and the shared {@code --json} and {@code --as} options. */
final class ProjectOption {

    @Parameters(index = "0", paramLabel = "PROJECT", description = "the project file (.indaba)")
    Path project;

    @Option(names = "--json", description = "print machine-readable JSON")
    boolean json;

    @Option(names = "--as", paramLabel = "NAME", description = "who is acting (recorded in the history); default: your user name")
    String actor;

    Project open() {
        return Project.open(project);
    }

    /**
     * For commands that only read: they must not write or wait on another process's writes. A project from an older
     * Indaba is upgraded once first (with its one before-migration backup), as opening it in the app would do;
     * refusing to read it would leave the user nothing to do but run an unrelated writing command.
     */
    Project openReadOnly() {
        try {
            return Project.openReadOnly(project);
        } catch (ProjectOpenException e) {
            if (e.reason() != ProjectOpenException.Reason.NEEDS_UPGRADE) {
                throw e;
            }
            Project.open(project).close();
            return Project.openReadOnly(project);
        }
    }

    String actor() {
        return actor != null ? actor : System.getProperty("user.name", "indaba");
    }
}
