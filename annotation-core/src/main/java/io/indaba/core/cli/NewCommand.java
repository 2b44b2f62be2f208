package io.indaba.core.cli;

import io.indaba.core.project.Project;
import io.indaba.core.base.ProjectSettings;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code indaba new}: creates a project file. */
@Command(name = "new", mixinStandardHelpOptions = true, description = "Create a new project file.")
final class NewCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PROJECT", description = "the new project file, e.g. mmlu-am.indaba")
    Path project;

    @Option(names = "--name", required = true, description = "the project's name")
    String name;

    @Option(names = "--source-lang", converter = LanguageTagOption.class, required = true, paramLabel = "TAG", description = "BCP-47 tag of the source language, e.g. en")
    String sourceLang;

    @Option(names = "--target-lang", converter = LanguageTagOption.class, paramLabel = "TAG", description = "BCP-47 tag of a target language (repeatable)")
    List<String> targetLangs = new ArrayList<>();

    @Option(names = "--json", description = "print machine-readable JSON")
    boolean json;

    @Override
    public Integer call() {
        ProjectSettings settings = new ProjectSettings(name, sourceLang, targetLangs);
        try (Project p = Project.create(project, settings, System.getProperty("user.name", "indaba"))) {
            if (json) {
                JsonOut.print(spec.commandLine().getOut(), Map.of("file", p.file().toString(), "name", settings.name(),
                        "sourceLang", settings.sourceLang(), "targetLangs", settings.targetLangs()));
            } else {
                spec.commandLine().getOut().println("created " + p.file() + " (" + settings.sourceLang() + " → "
                        + (settings.targetLangs().isEmpty() ? "no target languages yet" : String.join(", ", settings.targetLangs())) + ")");
            }
        }
        return 0;
    }
}
