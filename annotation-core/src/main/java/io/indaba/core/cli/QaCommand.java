package io.indaba.core.cli;

import io.indaba.core.base.LanguageTags;
import io.indaba.core.project.Project;
import io.indaba.core.qa.ProjectQa;
import io.indaba.core.qa.QaCheckRegistry;
import io.indaba.core.qa.QaFinding;
import io.indaba.core.qa.Severity;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code indaba qa}: runs the QA checks over a project's translations. */
@Command(name = "qa", mixinStandardHelpOptions = true, description = "Run the QA checks over translations (all target languages, or --lang). "
        + "Exits 1 when any error-severity finding exists.")
final class QaCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ProjectOption project;

    @Option(names = "--lang", converter = LanguageTagOption.class, paramLabel = "TAG", description = "only this target language")
    String lang;

    @Option(names = "--check", paramLabel = "ID", description = "only findings of these check ids (repeatable)")
    List<String> checks = new ArrayList<>();

    @Option(names = "--limit", paramLabel = "N", description = "print at most N findings per language (default: all)")
    int limit = Integer.MAX_VALUE;

    @Override
    public Integer call() {
        if (limit < 0) {
            throw new ParameterException(spec.commandLine(), "--limit must be 0 or more, not " + limit);
        }
        List<String> known = QaCheckRegistry.standard().ids();
        for (String c : checks) {
            if (!known.contains(c)) {
                throw new ParameterException(spec.commandLine(), "unknown check '" + c + "'; known: " + String.join(", ", known));
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        ProjectQa qa = ProjectQa.standard();
        Map<String, Object> result = new LinkedHashMap<>();
        boolean errors = false;
        try (Project p = project.openReadOnly()) {
            List<String> langs = lang == null ? p.settings().targetLangs() : List.of(lang);
            for (String l : langs) {
                List<QaFinding> findings = new ArrayList<>();
                Map<String, Integer> byCheck = new TreeMap<>();
                long items;
                try (TerminalProgress progress = new TerminalProgress(spec.commandLine().getErr(), "checking " + l, "items")) {
                    items = qa.run(p, l, f -> {
                        if (checks.isEmpty() || checks.contains(f.checkId())) {
                            byCheck.merge(f.checkId(), 1, Integer::sum);
                            findings.add(f);
                        }
                    }, progress);
                }
                errors |= findings.stream().anyMatch(f -> f.severity() == Severity.ERROR);
                if (project.json) {
                    result.put(l, Map.of("itemsChecked", items, "counts", byCheck, "findings", findings));
                } else {
                    out.printf("%s (%s): %,d items checked, %,d findings%s%n", l, LanguageTags.displayName(l), items,
                            findings.size(), byCheck.isEmpty() ? "" : " " + byCheck);
                    findings.stream().limit(limit).forEach(f -> out.printf("  %s %s %s/%s: %s%s%n",
                            f.severity() == Severity.ERROR ? "error  " : "warning", f.checkId(), f.itemId(), f.field(),
                            f.message(), f.autoFix().isPresent() ? " [auto-fix]" : ""));
                }
            }
        }
        if (project.json) {
            JsonOut.print(out, result);
        }
        return errors ? Main.FAILED : 0;
    }
}
