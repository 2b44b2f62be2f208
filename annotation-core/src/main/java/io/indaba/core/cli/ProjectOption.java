package io.indaba.core.cli;

import io.indaba.core.project.Project;
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

    /** For commands that only read: they must not migrate, back up or wait on another process's writes. */
    Project openReadOnly() {
        return Project.openReadOnly(project);
    }

    String actor() {
        return actor != null ? actor : System.getProperty("user.name", "indaba");
    }
}
