package io.indaba.core.cli;

import io.indaba.core.project.Project;
import io.indaba.core.store.ProjectOpenException;
import io.indaba.core.store.Quarantine;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code indaba check}: integrity; exit 0 only when the file is sound. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Check a project's integrity and schema; exits 0 only when it is sound.")
final class CheckCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ProjectOption project;

    @Option(names = "--move-aside", description = "if the project is damaged, rename it aside (never deleted); "
            + "refused while another process has it open, and never done for a file that is only unreadable (full "
            + "disk, read-only folder, busy) or that is simply not a project (a text file, another program's database)")
    boolean moveAside;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("file", project.project.toString());
        List<String> problems;
        try (Project p = project.openReadOnly()) {
            problems = p.integrityProblems();
        } catch (ProjectOpenException e) {
            result.put("sound", false);
            result.put("problems", e.details().isEmpty() ? List.of(e.getMessage()) : e.details());
            e.newestBackup().ifPresent(b -> result.put("newestBackup", b.toString()));
            if (moveAside && e.canMoveAside()) {
                Path moved = Quarantine.moveAside(e.file(), "damaged");
                result.put("movedTo", moved.toString());
            }
            report(out, err, result, e.getMessage());
            return Main.FAILED;
        }
        result.put("sound", problems.isEmpty());
        result.put("problems", problems);
        if (project.json) {
            JsonOut.print(out, result);
        } else if (problems.isEmpty()) {
            out.println(project.project + ": ok");
        } else {
            problems.forEach(pr -> err.println(project.project + ": " + pr));
        }
        return problems.isEmpty() ? 0 : Main.FAILED;
    }

    private void report(PrintWriter out, PrintWriter err, Map<String, Object> result, String message) {
        if (project.json) {
            JsonOut.print(out, result);
            return;
        }
        err.println("indaba: " + message);
        if (result.get("problems") instanceof List<?> each && each.size() > 1) {
            each.forEach(pr -> err.println("  " + pr));
        }
        if (result.containsKey("movedTo")) {
            err.println("moved aside to " + result.get("movedTo"));
        } else if (moveAside) {
            err.println("not moved: the file is not a damaged project (it is another kind of file, its integrity "
                    + "check passes, or it could not be read); nothing was changed");
        }
    }
}
