package io.indaba.core.audit;

import io.indaba.core.Progress;
import io.indaba.core.item.Item;
import io.indaba.core.item.ItemKind;
import io.indaba.core.project.Project;
import io.indaba.core.base.ProjectSettings;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A project of multiple-choice items q1..qn in collection "virology_test" for audit tests. */
final class AuditedProject {

    private AuditedProject() {
    }

    static Project create(Path file, int items) {
        Project p = Project.create(file, new ProjectSettings("audit test", "en", List.of("sw")), "lead");
        List<Item> list = new ArrayList<>();
        for (int i = 1; i <= items; i++) {
            list.add(Item.of("q" + i, ItemKind.MCQ, "en", "virology_test", i,
                    Map.of("question", "Question " + i, "A", "a", "B", "b", "C", "c", "D", "d"), "A", Map.of()));
        }
        p.items().importAll(list.iterator(), "lead", "test", Progress.NONE);
        return p;
    }

    static long id(Project p, String externalId) {
        return p.items().byExternalId(externalId).orElseThrow().id();
    }

    /** Answers: key, value, key, value...; a multiple-choice value is comma-separated. */
    static Map<String, List<String>> answers(String... kv) {
        Map<String, List<String>> out = new java.util.LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            out.put(kv[i], List.of(kv[i + 1].split(",")));
        }
        return out;
    }
}
