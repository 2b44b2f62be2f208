package io.indaba.core.translate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.indaba.core.Progress;
import io.indaba.core.item.Item;
import io.indaba.core.item.ItemKind;
import io.indaba.core.project.Project;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Suggestions from the project's own translations and from imported memory entries. */
class TranslationMemoryTest {

    @TempDir
    Path dir;

    private Project project;
    private TranslationMemory tm;

    @BeforeEach
    void open() {
        project = ProjectFixture.create(dir);
        tm = TranslationMemory.of(project);
    }

    @AfterEach
    void close() {
        project.close();
    }

    @Test
    void anotherItemsTranslationIsSuggestedButNeverWrittenAndAnItemDoesNotMatchItself() {
        Item first = ProjectFixture.mcq(project, "q1", "Which organ pumps blood?", "The heart", "The liver");
        Item second = ProjectFixture.mcq(project, "q2", "Which organ filters blood?", "The heart", "The kidney");
        ProjectFixture.translate(project, first, "A", "ልብ", TranslationStatus.APPROVED);

        List<TmMatch> forSecond = tm.matches("en", "am", second.field("A"), second.id(), "A");
        assertEquals(1, forSecond.size());
        TmMatch m = forSecond.get(0);
        assertEquals(100, m.percentage());
        assertEquals("ልብ", m.target());
        assertEquals(first.id(), m.itemId());
        assertEquals("A", m.field());
        assertEquals(TmMatch.PROJECT, m.origin());
        assertTrue(project.translations().forItem(second.id(), "am").isEmpty(), "a suggestion is never applied");

        assertTrue(tm.matches("en", "am", first.field("A"), first.id(), "A").isEmpty(),
                "an item field is not its own suggestion");
    }

    @Test
    void onlyFinishedTranslationsOfTheCurrentSourceServe() {
        Item draft = ProjectFixture.mcq(project, "q1", "Q1", "Blood pressure rises", "x");
        Item done = ProjectFixture.mcq(project, "q2", "Q2", "Blood pressure falls", "y");
        ProjectFixture.translate(project, draft, "A", "draft text", TranslationStatus.DRAFT);
        ProjectFixture.translate(project, done, "A", "finished text", TranslationStatus.TRANSLATED);
        assertEquals(List.of("finished text"), targets(tm.matches("en", "am", "Blood pressure rises", 0, "")));

        // The source of q2 changes: its translation now translates text that is gone.
        project.items().importAll(List.of(Item.of("q2", ItemKind.MCQ, "en", "test", 0,
                Map.of("question", "Q2", "A", "Heart rate falls", "B", "y"), "A", null)).iterator(), "t", "t",
                Progress.NONE);
        assertEquals(List.of("finished text"), targets(tm.matches("en", "am", "Blood pressure rises", 0, "")),
                "an index already built keeps q2 until told");
        tm.invalidate();
        assertEquals(List.of(), tm.matches("en", "am", "Blood pressure rises", 0, ""));
    }

    @Test
    void importedEntriesKeepTheirOriginAndMachineOutputIsNotAMatch() {
        MemoryEntries entries = new MemoryEntries(project.database());
        MemoryEntry tmx = entries.add(MemoryEntry.of("en-US", "am", "Measles is caused by a virus.", "ኩፍኝ በቫይረስ ይከሰታል።",
                "tmx:medical.tmx", Map.of()));
        entries.add(MemoryEntry.of("en", "am", "Measles is caused by a virus.", "machine", "mt:file.csv", Map.of()));
        entries.add(MemoryEntry.of("am", "en", "Measles is caused by a virus.", "reversed", "tmx:other.tmx", Map.of()));
        entries.add(MemoryEntry.of("en", "amh", "Measles is caused by a virus.", "other language", "tmx:x", Map.of()));

        List<TmMatch> matches = tm.matches("en", "am", "Mumps is caused by a virus.", 0, "");
        assertEquals(1, matches.size());
        assertEquals("tmx:medical.tmx", matches.get(0).origin());
        assertEquals(tmx.id(), matches.get(0).entryId());
        assertEquals(0, matches.get(0).itemId());
        assertEquals(Similarity.percentage("Measles is caused by a virus.", "Mumps is caused by a virus."),
                matches.get(0).percentage());
        assertTrue(matches.get(0).diff().contains(new DiffOp(DiffOp.Kind.INSERT, "Mumps")), matches.get(0).diff()::toString);
    }

    @Test
    void savesReachABuiltIndexThroughAddAndAWithdrawnStatusLeavesIt() {
        Item item = ProjectFixture.mcq(project, "q1", "Which cells make insulin?", "Beta cells", "Alpha cells");
        assertEquals(0, tm.size("en", "am"));
        Translation saved = ProjectFixture.translate(project, item, "question", "ኢንሱሊን የሚሠሩት የትኞቹ ሕዋሳት ናቸው?",
                TranslationStatus.REVIEWED);
        assertTrue(tm.matches("en", "am", "Which cells make glucagon?", 0, "").isEmpty(), "not told yet");
        tm.add(item, saved);
        assertEquals(1, tm.matches("en", "am", "Which cells make glucagon?", 0, "").size());
        assertEquals(1, tm.size("en", "am"));

        tm.add(item, ProjectFixture.translate(project, item, "question", "wrong", TranslationStatus.REJECTED));
        assertTrue(tm.matches("en", "am", "Which cells make glucagon?", 0, "").isEmpty());
        assertEquals(0, tm.size("en", "am"));

        MemoryEntry stored = new MemoryEntries(project.database()).add(
                MemoryEntry.of("en", "am", "Which cells make glucagon?", "ግሉካጎን", "tmx:a.tmx", Map.of()));
        tm.add(stored);
        assertEquals(100, tm.matches("en", "am", "which cells make glucagon?", 0, "").get(0).percentage());
    }

    @Test
    void bestFirstAtMostFiveAboveFiftyPercentAndIdenticalPairsOnce() {
        MemoryEntries entries = new MemoryEntries(project.database());
        String base = "The patient presents with fever and a rash on the arms";
        for (int i = 0; i < 8; i++) {
            entries.add(MemoryEntry.of("en", "am", base + " ".repeat(0) + "x".repeat(i), "t" + i, "tmx:a", Map.of()));
        }
        entries.add(MemoryEntry.of("en", "am", base + "x", "t1", "tmx:copy", Map.of()));
        entries.add(MemoryEntry.of("en", "am", "Completely unrelated words here", "u", "tmx:a", Map.of()));

        List<TmMatch> matches = tm.matches("en", "am", base, 0, "");
        assertEquals(List.of("t0", "t1", "t2", "t3", "t4"), targets(matches));
        assertEquals(100, matches.get(0).percentage());
        for (int i = 1; i < matches.size(); i++) {
            assertTrue(matches.get(i - 1).percentage() >= matches.get(i).percentage());
        }
        assertEquals(8, tm.matches(TmQuery.of("en", "am", base).atMost(20)).size(), "t1 twice counts once");
        assertEquals(List.of("t0", "t1"), targets(tm.matches(TmQuery.of("en", "am", base).atLeast(98))));
        assertTrue(tm.matches("en", "am", "Something else entirely different", 0, "").isEmpty());
        assertTrue(tm.matches("en", "am", "   ", 0, "").isEmpty());
    }

    private static List<String> targets(List<TmMatch> matches) {
        return matches.stream().map(TmMatch::target).toList();
    }
}
