package io.indaba.core.project;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.indaba.core.store.StoreException;
import io.indaba.core.testing.TestProjects;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectRoundTripTest {

    @TempDir
    Path dir;

    @Test
    void settingsItemsAndJudgementsSurviveCloseAndOpen() {
        Path file = dir.resolve("round.indaba");
        try (Project p = TestProjects.create(file, 5)) {
            p.judgements().submit(TestProjects.judgement(TestProjects.seed(p), "uid-1"));
        }
        try (Project p = Project.open(file)) {
            assertEquals(TestProjects.settings(), p.settings());
            assertEquals(5, p.itemCount());
            assertTrue(p.judgements().exists("uid-1"));
            assertFalse(p.judgements().exists("uid-2"));
            assertEquals("Question 3 (v1): which answer is right?",
                    p.items().byExternalId("q-3").orElseThrow().field("question"));
        }
    }

    @Test
    void createRefusesAnExistingFileAndLeavesItAsItWas() {
        Path file = dir.resolve("taken.indaba");
        TestProjects.create(file, 2).close();
        byte[] before = TestProjects.bytes(file);

        StoreException e = assertThrows(StoreException.class,
                () -> Project.create(file, TestProjects.settings(), TestProjects.ACTOR));

        assertTrue(e.getMessage().contains("already exists"), e.getMessage());
        assertArrayEquals(before, TestProjects.bytes(file));
    }

    @Test
    void aSoundProjectHasNoIntegrityProblems() {
        try (Project p = TestProjects.create(dir.resolve("sound.indaba"), 50)) {
            p.judgements().submit(TestProjects.judgement(TestProjects.seed(p), "uid-1"));
            assertEquals(List.of(), p.integrityProblems());
        }
    }

    @Test
    void anAddedTargetLanguageIsCanonicalAndStored() {
        Path file = dir.resolve("langs.indaba");
        try (Project p = TestProjects.create(file, 1)) {
            p.addTargetLanguage("AR-eg", TestProjects.ACTOR);
            p.addTargetLanguage("ar-EG", TestProjects.ACTOR);
        }
        try (Project p = Project.open(file)) {
            assertEquals(List.of("am", "ar-EG", "sw"), p.settings().targetLangs());
        }
    }

    @Test
    void anInvalidTargetLanguageIsRefusedAndNothingIsStored() {
        try (Project p = TestProjects.create(dir.resolve("bad-lang.indaba"), 1)) {
            assertThrows(IllegalArgumentException.class, () -> p.addTargetLanguage("en_US", TestProjects.ACTOR));
            assertEquals(List.of("am", "sw"), p.settings().targetLangs());
        }
    }
}
