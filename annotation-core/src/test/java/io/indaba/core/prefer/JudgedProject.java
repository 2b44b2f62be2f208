package io.indaba.core.prefer;

import io.indaba.core.Progress;
import io.indaba.core.item.Item;
import io.indaba.core.item.ItemKind;
import io.indaba.core.project.Project;
import io.indaba.core.base.ProjectSettings;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Builds small projects with prompts, model candidates and pairwise judgements, and the two-language project
 * whose statistics the tests check by hand.
 */
public final class JudgedProject {

    private final Project project;

    public JudgedProject(Project project) {
        this.project = project;
    }

    public Project project() {
        return project;
    }

    /** Adds a prompt item with one candidate per model (text: "model answer"), returns the candidate ids. */
    public List<Long> prompt(String externalId, String lang, String... models) {
        String[] texts = new String[models.length];
        for (int i = 0; i < models.length; i++) {
            texts[i] = models[i] + " answer";
        }
        return prompt(externalId, lang, models, texts);
    }

    /** Adds a prompt item with these models and response texts, returns the candidate ids in order. */
    public List<Long> prompt(String externalId, String lang, String[] models, String[] texts) {
        project.items().importAll(List.of(Item.of(externalId, ItemKind.PROMPT, "en", "", 0,
                Map.of("prompt", "Prompt " + externalId), null, null)).iterator(), "t", "test", Progress.NONE);
        long item = itemId(externalId);
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < models.length; i++) {
            ids.add(project.candidates().add(Candidate.imported(item, null, texts[i], lang, models[i], null), "t"));
        }
        return ids;
    }

    public long itemId(String externalId) {
        return project.items().byExternalId(externalId).orElseThrow().id();
    }

    /** Stores a pairwise judgement of candidates a < b; {@code aLeft} says where A was shown. */
    public Judgement judge(String annotator, String lang, long a, long b, String winner, int strength, boolean aLeft) {
        long item = itemOf(a);
        Map<String, Object> display = new LinkedHashMap<>();
        display.put("positions", aLeft ? List.of(a, b) : List.of(b, a));
        display.put("left", aLeft ? a : b);
        display.put("right", aLeft ? b : a);
        int signed = switch (winner) {
            case "A" -> strength;
            case "B" -> -strength;
            default -> 0;
        };
        Judgement j = new Judgement(0, UUID.randomUUID().toString(), item, annotator, lang, "pairwise", a, b, winner,
                signed, null, "both-bad".equals(winner), display, null, List.of("flag-" + annotator),
                "because " + annotator, List.of(), 1000L, 1, false, null);
        project.judgements().submit(j);
        return j;
    }

    private long itemOf(long candidateId) {
        return project.database().read(c -> {
            try (var ps = c.prepareStatement("SELECT item_id FROM candidate WHERE id = ?")) {
                ps.setLong(1, candidateId);
                try (var rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
    }

    /**
     * Two languages, worked out by hand in the tests.
     *
     * <p>{@code am}: prompts p1..p4, candidates from m1 (A, longer) and m2 (B). a1 and a2 judge all four
     * (a1: A A A tie, A shown left; a2: A A B tie, B shown left); a1 repeats p1 (A) and p2 (B) with B on the left;
     * one adjudication of p3 by "lead". {@code yo}: q1 with m1, m2, m3 judged pair by pair by a1, a2 (transitive)
     * and a3 (cyclic); q2 and q3 with m4 and m5, a separate group of models; a3 against the others on
     * (m1, m3), q2 and q3; A shown left throughout.
     */
    public static Project twoLanguages(Path file) {
        Project p = Project.create(file, new ProjectSettings("Judged", "en", List.of("am", "yo")), "t");
        JudgedProject f = new JudgedProject(p);
        String[] models = {"m1", "m2"};
        for (int i = 1; i <= 4; i++) {
            f.prompt("p" + i, "am", models, new String[] {"a longer answer from m1", "short"});
        }
        String[] a1 = {"A", "A", "A", "tie"};
        String[] a2 = {"A", "A", "B", "tie"};
        for (int i = 1; i <= 4; i++) {
            List<Long> c = p.candidates().forItem(f.itemId("p" + i)).stream().map(Candidate::id).toList();
            f.judge("a1", "am", c.get(0), c.get(1), a1[i - 1], a1[i - 1].equals("tie") ? 0 : 2, true);
            f.judge("a2", "am", c.get(0), c.get(1), a2[i - 1], a2[i - 1].equals("tie") ? 0 : 1, false);
        }
        List<Long> p1 = p.candidates().forItem(f.itemId("p1")).stream().map(Candidate::id).toList();
        List<Long> p2 = p.candidates().forItem(f.itemId("p2")).stream().map(Candidate::id).toList();
        List<Long> p3 = p.candidates().forItem(f.itemId("p3")).stream().map(Candidate::id).toList();
        f.judge("a1", "am", p1.get(0), p1.get(1), "A", 3, false);
        f.judge("a1", "am", p2.get(0), p2.get(1), "B", 1, false);
        new Adjudication(p.database()).decide(f.itemId("p3"), "am", Winner.A, 2, "m1 is right", "lead");

        List<Long> q1 = f.prompt("q1", "yo", "m1", "m2", "m3");
        long c1 = q1.get(0);
        long c2 = q1.get(1);
        long c3 = q1.get(2);
        for (String annotator : List.of("a1", "a2", "a3")) {
            f.judge(annotator, "yo", c1, c2, "A", 1, true);
            f.judge(annotator, "yo", c2, c3, "A", 1, true);
            f.judge(annotator, "yo", c1, c3, annotator.equals("a3") ? "B" : "A", 1, true);
        }
        List<Long> q2 = f.prompt("q2", "yo", "m4", "m5");
        List<Long> q3 = f.prompt("q3", "yo", "m4", "m5");
        for (String annotator : List.of("a1", "a2", "a3")) {
            boolean odd = annotator.equals("a3");
            f.judge(annotator, "yo", q2.get(0), q2.get(1), odd ? "B" : "A", 1, true);
            f.judge(annotator, "yo", q3.get(0), q3.get(1), odd ? "A" : "B", 1, true);
        }
        return p;
    }

    /** {@code n} prompt items (ids 1..n) with two candidates and one judgement ("A") each, in one transaction. */
    public static void fill(Project project, int n) {
        project.database().write(c -> {
            String now = "2026-01-01T00:00:00Z";
            try (PreparedStatement item = c.prepareStatement("INSERT INTO item (id, external_id, kind, source_lang, "
                    + "fields, source_hash, created_at, updated_at) VALUES (?, ?, 'prompt', 'en', ?, 'x', ?, ?)");
                 PreparedStatement cand = c.prepareStatement("INSERT INTO candidate (id, item_id, body, origin, "
                         + "created_at) VALUES (?, ?, ?, 'imported', ?)");
                 PreparedStatement judg = c.prepareStatement("INSERT INTO judgement (uid, item_id, annotator_id, lang, "
                         + "kind, candidate_a, candidate_b, winner, strength, created_at) "
                         + "VALUES (?, ?, 'a1', 'sw', 'pairwise', ?, ?, 'A', 1, ?)")) {
                for (int i = 1; i <= n; i++) {
                    item.setLong(1, i);
                    item.setString(2, "q" + i);
                    item.setString(3, "{\"prompt\":\"question " + i + "\"}");
                    item.setString(4, now);
                    item.setString(5, now);
                    item.addBatch();
                    for (int k = 0; k < 2; k++) {
                        cand.setLong(1, 2L * i + k);
                        cand.setLong(2, i);
                        cand.setString(3, "answer " + k);
                        cand.setString(4, now);
                        cand.addBatch();
                    }
                    judg.setString(1, "u" + i);
                    judg.setLong(2, i);
                    judg.setLong(3, 2L * i);
                    judg.setLong(4, 2L * i + 1);
                    judg.setString(5, now);
                    judg.addBatch();
                }
                item.executeBatch();
                cand.executeBatch();
                judg.executeBatch();
            }
            return null;
        });
    }
}
