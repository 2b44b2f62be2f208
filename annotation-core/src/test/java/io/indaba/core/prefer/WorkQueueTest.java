package io.indaba.core.prefer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.indaba.core.Progress;
import io.indaba.core.item.Item;
import io.indaba.core.item.ItemKind;
import io.indaba.core.project.Project;
import io.indaba.core.base.ProjectSettings;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Queues hold only readable, unfinished, not-yet-judged items; order is stable; gold is scored. */
class WorkQueueTest {

    @TempDir
    Path dir;

    private Project projectWithPrompts(int prompts) {
        Project p = Project.create(dir.resolve("q.indaba"), new ProjectSettings("Q", "en", List.of("am", "ar")), "lead");
        List<Item> items = new java.util.ArrayList<>();
        for (int i = 0; i < prompts; i++) {
            items.add(Item.of("p" + i, ItemKind.PROMPT, "en", "prompts", i, Map.of("prompt", "Prompt " + i), null, null));
        }
        p.items().importAll(items.iterator(), "lead", "test", Progress.NONE);
        for (int i = 0; i < prompts; i++) {
            long id = p.items().byExternalId("p" + i).orElseThrow().id();
            for (String lang : List.of("am", "ar")) {
                p.candidates().add(Candidate.imported(id, null, lang + " answer one " + i, lang, "m1", Map.of()), "lead");
                p.candidates().add(Candidate.imported(id, null, lang + " answer two " + i, lang, "m2", Map.of()), "lead");
            }
        }
        return p;
    }

    @Test
    void queueHoldsOnlyLanguagesTheAnnotatorReads() {
        try (Project p = projectWithPrompts(4)) {
            Annotator amharic = new Annotator("a1", null, Map.of("am", Proficiency.NATIVE));
            List<QueueEntry> q = p.queue().next(amharic, 100);
            assertEquals(4, q.size());
            assertTrue(q.stream().allMatch(e -> e.lang().equals("am")));
            assertTrue(q.stream().allMatch(e -> e.displayed().size() == 2
                    && e.displayed().stream().allMatch(c -> c.langRequested().equals("am"))));
        }
    }

    @Test
    void judgedAndFullItemsLeaveTheQueue() {
        try (Project p = projectWithPrompts(3)) {
            p.queue().setK(1, "lead");
            Annotator a1 = new Annotator("a1", null, Map.of("am", Proficiency.NATIVE));
            Annotator a2 = new Annotator("a2", null, Map.of("am", Proficiency.FLUENT));
            QueueEntry first = p.queue().next(a1, 1).get(0);
            List<Candidate> shown = first.displayed();
            p.judgements().submit(Judgement.pairwise("u1", first.item().id(), "a1", "am", shown.get(0).id(),
                    shown.get(1).id(), "A", 1));
            assertEquals(2, p.queue().next(a1, 10).size(), "a1 does not see what they judged");
            assertEquals(2, p.queue().next(a2, 10).size(), "k=1 reached: the item is done for everyone");
        }
    }

    @Test
    void displayOrderIsStablePerAnnotatorAndRecordedBySeed() {
        try (Project p = projectWithPrompts(5)) {
            Annotator a = new Annotator("a1", null, Map.of("ar", Proficiency.NATIVE));
            List<QueueEntry> one = p.queue().next(a, 10);
            List<QueueEntry> two = p.queue().next(a, 10);
            assertEquals(one.stream().map(e -> e.item().id()).toList(), two.stream().map(e -> e.item().id()).toList());
            assertEquals(one.get(0).displayed(), two.get(0).displayed());
            assertEquals(WorkQueue.seed("a1", one.get(0).item().id(), "ar"), one.get(0).orderSeed());
        }
    }

    @Test
    void assignmentsRestrictTheQueueAndGoldIsScored() {
        try (Project p = projectWithPrompts(3)) {
            long p1 = p.items().byExternalId("p1").orElseThrow().id();
            Annotator a = new Annotator("a1", null, Map.of("am", Proficiency.NATIVE));
            p.annotators().save(a, "lead");
            p.queue().assign("a1", p1, "am", "lead");
            List<QueueEntry> q = p.queue().next(a, 10);
            assertEquals(1, q.size());
            assertEquals(p1, q.get(0).item().id());
            p.queue().setGold(p1, "am", "{\"winner\":\"B\"}", "lead");
            assertEquals(-1.0, p.queue().goldScore("a1"));
            List<Candidate> c = p.candidates().forItem(p1).stream().filter(x -> x.langRequested().equals("am")).toList();
            p.judgements().submit(Judgement.pairwise("g1", p1, "a1", "am", c.get(0).id(), c.get(1).id(), "A", 2));
            assertEquals(0.0, p.queue().goldScore("a1"));
        }
    }
}
