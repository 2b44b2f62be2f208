package io.indaba.core.cli;

import io.indaba.core.project.Project;
import io.indaba.core.store.Backups;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code indaba backup}: an online backup now, or list / restore backups. */
@Command(name = "backup", mixinStandardHelpOptions = true, description = "Take an online backup (the newest 10 are kept), list backups, or restore one.")
final class BackupCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ProjectOption project;

    @Option(names = "--list", description = "list the backups, newest first")
    boolean list;

    @Option(names = "--restore", paramLabel = "BACKUP", arity = "0..1", fallbackValue = "",
            description = "replace the project with BACKUP (default: the newest); the current file is moved aside")
    String restore;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (list) {
            List<String> all = Backups.list(project.project).stream().map(Path::toString).toList();
            if (project.json) {
                JsonOut.print(out, Map.of("backups", all));
            } else {
                all.forEach(out::println);
            }
            return 0;
        }
        if (restore != null) {
            Path backup = restore.isEmpty()
                    ? Backups.newestFor(project.project).orElseThrow(() ->
                            new IllegalArgumentException(project.project + ": has no backups"))
                    : Path.of(restore);
            Path aside = Backups.restore(backup, project.project);
            if (project.json) {
                JsonOut.print(out, Map.of("restored", backup.toString(), "movedAside", String.valueOf(aside)));
            } else {
                out.println("restored " + backup + (aside == null ? "" : "; the previous file is at " + aside));
            }
            return 0;
        }
        try (Project p = project.open()) {
            Path made = p.backup("manual");
            if (project.json) {
                JsonOut.print(out, Map.of("backup", made.toString()));
            } else {
                out.println("backed up to " + made);
            }
        }
        return 0;
    }
}
