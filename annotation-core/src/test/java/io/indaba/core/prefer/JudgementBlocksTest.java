package io.indaba.core.prefer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.indaba.core.project.Project;
import io.indaba.core.base.ProjectSettings;
import io.indaba.core.store.StoreException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JudgementBlocksTest {

    @TempDir
    Path dir;

    @Test
    void blocksComeInItemAndLanguageOrderWithTheirOwnPromptAndCandidates() {
        try (Project p = Project.create(dir.resolve("b.indaba"), new ProjectSettings("b", "en", List.of("am", "yo")), "t")) {
            JudgedProject f = new JudgedProject(p);
            f.prompt("p0", "am", "m1", "m2");
            List<Long> p1 = f.prompt("p1", "am", "m1", "m2", "m3");
            f.prompt("p2", "am", "m1", "m2");
            List<Long> p3 = f.prompt("p3", "am", "m1", "m2");
            f.prompt("p4", "am", "m1");
            f.judge("a2", "yo", p1.get(0), p1.get(1), "A", 1, true);
            f.judge("a1", "am", p3.get(0), p3.get(1), "B", 2, false);
            f.judge("a1", "am", p1.get(1), p1.get(2), "tie", 0, true);
            f.judge("a2", "am", p1.get(0), p1.get(2), "A", 3, true);

            List<JudgementBlock> blocks = new ArrayList<>();
            JudgementBlocks.forEach(p, null, blocks::add);

            assertEquals(List.of("p1 am", "p1 yo", "p3 am"),
                    blocks.stream().map(b -> b.prompt().externalId() + " " + b.lang()).toList());
            JudgementBlock first = blocks.get(0);
            assertEquals("Prompt p1", first.prompt().text());
            assertEquals(Set.copyOf(p1), first.candidates().keySet());
            assertEquals("m2 answer", first.candidates().get(p1.get(1)).text());
            assertEquals(List.of("a1", "a2"), first.judgements().stream().map(Judgement::annotatorId).toList());
            assertSame(first.prompt(), blocks.get(1).prompt(), "an item judged in two languages is read once");
            assertEquals(Set.copyOf(p3), blocks.get(2).candidates().keySet());

            List<JudgementBlock> yo = new ArrayList<>();
            JudgementBlocks.forEach(p, "yo", yo::add);
            assertEquals(1, yo.size());
            assertEquals(Set.copyOf(p1), yo.get(0).candidates().keySet());
            assertEquals("a2", yo.get(0).judgements().get(0).annotatorId());
        }
    }

    @Test
    void manyBlocksPassTheBoundedHandOverInOrderAndPreparedOnTheReadingThread() {
        try (Project p = Project.create(dir.resolve("m.indaba"), new ProjectSettings("m", "en", List.of("sw")), "t")) {
            JudgedProject.fill(p, 3_000);
            List<Long> items = new ArrayList<>();
            List<String> threads = new ArrayList<>();

            JudgementBlocks.forEach(p, "sw", block -> {
                threads.add(Thread.currentThread().getName());
                return block;
            }, block -> items.add(block.prompt().itemId()));

            assertEquals(3_000, items.size());
            for (int i = 0; i < items.size(); i++) {
                assertEquals(i + 1, items.get(i));
            }
            assertEquals(Set.of("indaba-judgement-reader"), Set.copyOf(threads));
        }
    }

    @Test
    void aFailingCallerStopsTheReaderAndLeaksNoConnection() {
        try (Project p = Project.create(dir.resolve("f.indaba"), new ProjectSettings("f", "en", List.of("sw")), "t")) {
            JudgedProject.fill(p, 3_000);
            assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
                for (int run = 0; run < 12; run++) {
                    AtomicInteger seen = new AtomicInteger();
                    IllegalStateException boom = new IllegalStateException("disk full");
                    IllegalStateException thrown = assertThrows(IllegalStateException.class,
                            () -> JudgementBlocks.forEach(p, null, block -> {
                                if (seen.incrementAndGet() == 5) {
                                    throw boom;
                                }
                            }));
                    assertSame(boom, thrown);
                    assertFalse(readerAlive(), "the reading thread has ended");
                }
                AtomicInteger all = new AtomicInteger();
                JudgementBlocks.forEach(p, null, block -> all.incrementAndGet());
                assertEquals(3_000, all.get(), "every read connection came back");
            });
        }
    }

    @Test
    void damagedStoredJsonReachesTheCallerAsAStoreError() {
        try (Project p = Project.create(dir.resolve("d.indaba"), new ProjectSettings("d", "en", List.of("sw")), "t")) {
            JudgedProject.fill(p, 2_000);
            p.database().write(c -> {
                try (var s = c.createStatement()) {
                    s.executeUpdate("UPDATE judgement SET display = '{\"left\": 3,' WHERE item_id = 1500");
                }
                return null;
            });
            AtomicInteger seen = new AtomicInteger();

            StoreException e = assertThrows(StoreException.class,
                    () -> JudgementBlocks.forEach(p, null, block -> seen.incrementAndGet()));

            assertTrue(e.getMessage().contains("damaged"), e.getMessage());
            assertTrue(seen.get() < 1_500, "blocks after the damage are not handed out");
            assertFalse(readerAlive());
        }
    }

    private static boolean readerAlive() {
        return Thread.getAllStackTraces().keySet().stream()
                .anyMatch(t -> t.getName().equals("indaba-judgement-reader") && t.isAlive());
    }
}
