package io.indaba.core.formats;

import io.indaba.core.Progress;
import io.indaba.core.item.Item;
import io.indaba.core.item.ItemKind;
import io.indaba.core.prefer.Annotator;
import io.indaba.core.prefer.Candidate;
import io.indaba.core.prefer.Judgement;
import io.indaba.core.prefer.Proficiency;
import io.indaba.core.project.Project;
import io.indaba.core.base.ProjectSettings;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A small cross-lingual project: q1 (English prompt, Swahili answers c1/c2, three judgements: two for A, one for
 * B) and q2 (a Yoruba conversation, answers c3/c4/c5: a tie, a both-bad and a ranking c5 > c3 = c4).
 */
final class PrefFixture {

    final Project project;
    long c1;
    long c2;
    long c3;
    long c4;
    long c5;

    PrefFixture(Path dir) {
        project = Project.create(dir.resolve("fixture.indaba"), new ProjectSettings("Fixture", "en", List.of("sw", "yo")), "lead");
        project.annotators().save(new Annotator("ann1", "One", Map.of("sw", Proficiency.NATIVE, "yo", Proficiency.FLUENT)), "lead");
        project.annotators().save(new Annotator("ann2", "Two", Map.of("sw", Proficiency.WORKING)), "lead");
        project.annotators().save(new Annotator("ann3", "Three", Map.of("en", Proficiency.NATIVE)), "lead");
        project.items().importAll(List.of(
                Item.of("q1", ItemKind.PROMPT, "en", "t", 1, Map.of("prompt", "What is rain?"), null, Map.of("lang", "en")),
                Item.of("q2", ItemKind.PROMPT, "yo", "t", 2, Map.of("prompt", "Kí ni òjò?"), null, Map.of("lang", "yo",
                        "messages", "[{\"role\":\"system\",\"content\":\"Dáhùn ní ṣókí.\"},"
                                + "{\"role\":\"user\",\"content\":\"Kí ni òjò?\"}]"))).iterator(),
                "lead", "test", Progress.NONE);
        long q1 = project.items().byExternalId("q1").orElseThrow().id();
        long q2 = project.items().byExternalId("q2").orElseThrow().id();
        c1 = add(q1, "Mvua ni maji.", "sw", "m1", 7L);
        c2 = add(q1, "Sijui.", "sw", "m2", null);
        c3 = add(q2, "Omi ni.", "yo", "m1", 1L);
        c4 = add(q2, "Mi ò mọ̀.", "yo", "m2", 2L);
        c5 = add(q2, "Òjò jẹ́ omi tó ń rọ̀ láti ojú ọ̀run.", "yo", "m3", 3L);
        judge(q1, "ann1", "sw", c1, c2, "A", -2, Map.of("left", c2, "right", c1, "orderSeed", 11), List.of("back-translation"));
        judge(q1, "ann2", "sw", c1, c2, "A", 1, Map.of("left", c1, "right", c2), List.of());
        judge(q1, "ann3", "sw", c1, c2, "B", null, Map.of(), List.of());
        judge(q2, "ann1", "yo", c3, c4, "tie", 0, Map.of(), List.of());
        judge(q2, "ann2", "yo", c3, c4, "both-bad", 0, Map.of(), List.of());
        project.judgements().submit(new Judgement(0, "j6", q2, "ann1", "yo", "ranking", null, null, null, null,
                List.of(List.of(c5), List.of(c3, c4)), false, Map.of("order", List.of(c4, c5, c3)), null, null, null,
                List.of(), 4000L, 3, false, "2025-01-02T03:04:05Z"));
    }

    private int judged;

    private long add(long item, String text, String lang, String model, Long seed) {
        return project.candidates().add(new Candidate(0, item, null, text, lang, null, "generated", null, "vllm", model,
                Map.of("temperature", 0.7), seed, null, null, null, null), "lead");
    }

    private void judge(long item, String who, String lang, long a, long b, String winner, Integer strength,
                       Map<String, Object> display, List<String> aids) {
        judged++;
        project.judgements().submit(new Judgement(0, "j" + judged, item, who, lang, "pairwise", a, b, winner, strength,
                null, false, display, null, null, null, aids, 1000L * judged, 3, false,
                "2025-01-01T00:00:0" + judged + "Z"));
    }
}
