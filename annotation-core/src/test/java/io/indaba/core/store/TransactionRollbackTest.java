package io.indaba.core.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.indaba.core.Cancelled;
import io.indaba.core.Progress;
import io.indaba.core.item.Item;
import io.indaba.core.prefer.Judgement;
import io.indaba.core.prefer.Judgements;
import io.indaba.core.project.Project;
import io.indaba.core.testing.TestProjects;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A write that fails part-way through its transaction leaves nothing of that transaction behind. */
class TransactionRollbackTest {

    @TempDir
    Path dir;

    private Project project;
    private TestProjects.Seeded seeded;
    private long eventsBefore;

    @BeforeEach
    void open() {
        project = TestProjects.create(dir.resolve("rollback.indaba"), 3);
        seeded = TestProjects.seed(project);
        eventsBefore = project.events().count();
    }

    @AfterEach
    void close() {
        project.close();
    }

    @Test
    void anImportFailingAfterItsFirstBatchesKeepsNoItemAndNoEvent() {
        Iterator<Item> failing = failAfter(TestProjects.items("new", 5_000, "v1"), 4_500);

        assertThrows(IllegalStateException.class,
                () -> project.items().importAll(failing, TestProjects.ACTOR, "test", Progress.NONE));

        assertEquals(3, project.itemCount());
        assertEquals(eventsBefore, project.events().count());
        assertEquals(List.of(), project.integrityProblems());
    }

    @Test
    void aCancelledImportKeepsNothing() {
        Progress cancelSoon = new Progress() {
            @Override
            public boolean cancelled() {
                return true;
            }
        };

        assertThrows(Cancelled.class, () -> project.items().importAll(
                TestProjects.items("new", 3_000, "v1").iterator(), TestProjects.ACTOR, "test", cancelSoon));

        assertEquals(3, project.itemCount());
    }

    @Test
    void aConstraintViolationMidwayUndoesTheEarlierInsertsOfTheTransaction() {
        StoreException e = assertThrows(StoreException.class, () -> project.database().write(c -> {
            Judgements.insert(c, TestProjects.judgement(seeded, "j-1"));
            Judgements.insert(c, TestProjects.judgement(seeded, "j-2"));
            Judgements.insert(c, TestProjects.judgement(seeded, "j-1"));
            return null;
        }));

        assertTrue(e.getMessage().contains("conflicts"), e.getMessage());
        assertFalse(project.judgements().exists("j-1"));
        assertFalse(project.judgements().exists("j-2"));
        assertEquals(eventsBefore, project.events().count());
    }

    @Test
    void aForeignKeyViolationMidwayUndoesTheWholeTransaction() {
        Judgement orphan = Judgement.pairwise("orphan", 424_242, "ann", "am", seeded.candidateA(),
                seeded.candidateB(), "B", -1);

        assertThrows(StoreException.class, () -> project.database().write(c -> {
            Judgements.insert(c, TestProjects.judgement(seeded, "fine"));
            Judgements.insert(c, orphan);
            return null;
        }));

        assertFalse(project.judgements().exists("fine"));
        assertFalse(project.judgements().exists("orphan"));
    }

    @Test
    void theStoreKeepsWorkingAfterAFailedTransaction() {
        assertThrows(StoreException.class, () -> project.database().write(c -> {
            Judgements.insert(c, TestProjects.judgement(seeded, "dup"));
            Judgements.insert(c, TestProjects.judgement(seeded, "dup"));
            return null;
        }));

        project.judgements().submit(TestProjects.judgement(seeded, "dup"));

        assertTrue(project.judgements().exists("dup"));
        assertEquals(eventsBefore + 1, project.events().count());
    }

    private static Iterator<Item> failAfter(List<Item> items, int good) {
        Iterator<Item> inner = items.iterator();
        return new Iterator<>() {
            private int served;

            @Override
            public boolean hasNext() {
                return inner.hasNext();
            }

            @Override
            public Item next() {
                if (served++ == good) {
                    throw new IllegalStateException("source went away at item " + good);
                }
                return inner.next();
            }
        };
    }
}
