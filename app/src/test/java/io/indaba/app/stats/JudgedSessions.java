package io.indaba.app.stats;

import io.indaba.app.common.ProjectSession;
import io.indaba.app.tasks.Tasks;
import io.indaba.core.Progress;
import io.indaba.core.item.Item;
import io.indaba.core.item.ItemKind;
import io.indaba.core.prefer.Adjudication;
import io.indaba.core.prefer.Candidate;
import io.indaba.core.prefer.Judgement;
import io.indaba.core.prefer.Winner;
import io.indaba.core.project.Project;
import io.indaba.core.base.ProjectSettings;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A project with judgements in two languages whose statistics were worked out by hand, opened as a session that
 * runs background work on the calling thread.
 *
 * <p>{@code am}: p1..p4 with m1 (A, longer) and m2; a1 says A A A tie with A on the left, a2 A A B tie with B on
 * the left; a1 repeats p1 (A) and p2 (B) swapped; "lead" adjudicated p3 for A. {@code yo}: q1 with m1, m2, m3,
 * a3 cyclic; q2 and q3 with m4 and m5 (a second group of models); a3 against the others on three pairs.
 */
public final class JudgedSessions {

    private JudgedSessions() {
    }

    /** The session over a fresh copy of the project; work runs synchronously. */
    public static ProjectSession open(Path dir) {
        Project project = build(dir.resolve("judged.indaba"));
        return new ProjectSession(project, project.settings().name(), new Tasks(Runnable::run, Runnable::run));
    }

    /** Builds the project file and leaves it open. */
    public static Project build(Path file) {
        Project p = Project.create(file, new ProjectSettings("Judged", "en", List.of("am", "yo")), "t");
        String[] a1 = {"A", "A", "A", "tie"};
        String[] a2 = {"A", "A", "B", "tie"};
        List<List<Long>> am = new ArrayList<>();
        for (int i = 1; i <= 4; i++) {
            List<Long> c = prompt(p, "p" + i, "am", new String[] {"m1", "m2"},
                    new String[] {"A **longer** answer from m1", "short"});
            am.add(c);
            judge(p, "a1", "am", c, a1[i - 1], a1[i - 1].equals("tie") ? 0 : 2, true);
            judge(p, "a2", "am", c, a2[i - 1], a2[i - 1].equals("tie") ? 0 : 1, false);
        }
        judge(p, "a1", "am", am.get(0), "A", 3, false);
        judge(p, "a1", "am", am.get(1), "B", 1, false);
        new Adjudication(p.database()).decide(itemOf(p, am.get(2).get(0)), "am", Winner.A, 2, "m1 is right", "lead");

        List<Long> q1 = prompt(p, "q1", "yo", new String[] {"m1", "m2", "m3"}, new String[] {"x", "y", "z"});
        for (String annotator : List.of("a1", "a2", "a3")) {
            judge(p, annotator, "yo", List.of(q1.get(0), q1.get(1)), "A", 1, true);
            judge(p, annotator, "yo", List.of(q1.get(1), q1.get(2)), "A", 1, true);
            judge(p, annotator, "yo", List.of(q1.get(0), q1.get(2)), annotator.equals("a3") ? "B" : "A", 1, true);
        }
        List<Long> q2 = prompt(p, "q2", "yo", new String[] {"m4", "m5"}, new String[] {"u", "v"});
        List<Long> q3 = prompt(p, "q3", "yo", new String[] {"m4", "m5"}, new String[] {"u", "v"});
        for (String annotator : List.of("a1", "a2", "a3")) {
            boolean odd = annotator.equals("a3");
            judge(p, annotator, "yo", q2, odd ? "B" : "A", 1, true);
            judge(p, annotator, "yo", q3, odd ? "A" : "B", 1, true);
        }
        return p;
    }

    /** Imports prompt {@code id} with one candidate per model; returns the candidate ids. */
    public static List<Long> prompt(Project p, String id, String lang, String[] models, String[] texts) {
        p.items().importAll(List.of(Item.of(id, ItemKind.PROMPT, "en", "", 0, Map.of("prompt", "Prompt " + id),
                null, null)).iterator(), "t", "test", Progress.NONE);
        long item = p.items().byExternalId(id).orElseThrow().id();
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < models.length; i++) {
            ids.add(p.candidates().add(Candidate.imported(item, null, texts[i], lang, models[i], null), "t"));
        }
        return ids;
    }

    /** Stores a judgement of the pair (A the first id) with A shown left or right. */
    public static void judge(Project p, String annotator, String lang, List<Long> pair, String winner, int strength,
                             boolean aLeft) {
        long a = pair.get(0);
        long b = pair.get(1);
        Map<String, Object> display = new LinkedHashMap<>();
        display.put("left", aLeft ? a : b);
        display.put("right", aLeft ? b : a);
        int signed = winner.equals("A") ? strength : winner.equals("B") ? -strength : 0;
        p.judgements().submit(new Judgement(0, UUID.randomUUID().toString(), itemOf(p, a), annotator, lang,
                "pairwise", a, b, winner, signed, null, false, display, null, List.of("flag-" + annotator),
                "because " + annotator, List.of("back-translation"), 2500L, 1, false, null));
    }

    static long itemOf(Project p, long candidate) {
        return p.database().read(c -> {
            try (var ps = c.prepareStatement("SELECT item_id FROM candidate WHERE id = ?")) {
                ps.setLong(1, candidate);
                try (var rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
    }
}
