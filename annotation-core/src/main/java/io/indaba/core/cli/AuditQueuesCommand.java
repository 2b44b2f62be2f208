package io.indaba.core.cli;

import io.indaba.core.audit.AuditAssignments;
import io.indaba.core.audit.ReviewerQueue;
import io.indaba.core.project.Project;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code indaba audit queues}: each reviewer's audit queue in a language; assigns k reviewers per item or clears. */
@Command(name = "queues", mixinStandardHelpOptions = true,
        description = "Audit queues of --lang from Team profiles: with --assign every translated item gets k reviewers "
                + "who read the language (the least loaded first; an earlier audit counts), and k is saved as the "
                + "project's setting; --clear removes the language's assignments. Once a language has queues, each "
                + "reviewer audits only their own items there. Prints assigned, audited and left per profile.")
final class AuditQueuesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Mixin
    ProjectOption project;
    @Option(names = "--lang", required = true, converter = LanguageTagOption.class, paramLabel = "TAG")
    String lang;
    @Option(names = "--assign", description = "assign k reviewers to every translated item")
    boolean assign;
    @Option(names = "--k", paramLabel = "N", description = "reviewers per item (1-20; default: the project's "
            + "setting, 2 until set)")
    Integer k;
    @Option(names = "--clear", description = "remove the language's audit assignments")
    boolean clear;

    @Override
    public Integer call() {
        String tag = lang; // checked and normalised by LanguageTagOption
        PrintWriter out = spec.commandLine().getOut();
        if (assign && clear) {
            throw new IllegalArgumentException("--assign and --clear cannot be combined");
        }
        if (k != null && !assign) {
            throw new IllegalArgumentException("--k goes with --assign");
        }
        try (Project p = assign || clear ? project.open() : project.openReadOnly()) {
            AuditAssignments assignments = new AuditAssignments(p.database());
            if (assign) {
                int wanted = k == null ? assignments.k() : k;
                assignments.setK(wanted, project.actor());
                int added = assignments.assign(tag, wanted, project.actor());
                if (!project.json) {
                    out.printf("added %d assignments (%d reviewers per item)%n", added, wanted);
                }
            } else if (clear) {
                int removed = assignments.clear(tag, project.actor());
                if (!project.json) {
                    out.printf("removed %d assignments%n", removed);
                }
            }
            List<ReviewerQueue> queues = assignments.queues(tag);
            if (project.json) {
                List<Map<String, Object>> rows = new ArrayList<>();
                for (ReviewerQueue q : queues) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("reviewer", q.reviewerId());
                    row.put("assigned", q.assigned());
                    row.put("audited", q.audited());
                    row.put("left", q.left());
                    rows.add(row);
                }
                JsonOut.print(out, Map.of("lang", tag, "k", assignments.k(), "queues", rows));
            } else {
                out.printf("%-24s %8s %8s %8s%n", "reviewer", "assigned", "audited", "left");
                queues.forEach(q -> out.printf("%-24s %8d %8d %8d%n", q.reviewerId(), q.assigned(), q.audited(),
                        q.left()));
            }
        }
        return 0;
    }
}
