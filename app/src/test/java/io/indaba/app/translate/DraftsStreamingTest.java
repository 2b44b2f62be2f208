package io.indaba.app.translate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.indaba.core.item.Item;
import io.indaba.plugin.Draft;
import io.indaba.plugin.DraftRequest;
import io.indaba.plugin.Drafter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The drafts pane shows each drafter's drafts as they come and cancels the requests of a field left behind. */
class DraftsStreamingTest {

    @TempDir
    Path dir;

    private SampleEditor sample;

    /** A drafter that answers only when the test says so. */
    private static final class Held implements Drafter {
        final String id;
        final List<CompletableFuture<List<Draft>>> handed = new CopyOnWriteArrayList<>();

        Held(String id) {
            this.id = id;
        }

        @Override
        public String id() {
            return id;
        }

        @Override
        public String displayName() {
            return id;
        }

        @Override
        public boolean supports(String s, String t) {
            return true;
        }

        @Override
        public CompletableFuture<List<Draft>> draft(DraftRequest request) {
            CompletableFuture<List<Draft>> f = new CompletableFuture<>();
            handed.add(f);
            return f;
        }

        void answer(int request, String text) {
            handed.get(request).complete(List.of(new Draft(text, id, null, Map.of())));
        }
    }

    @BeforeEach
    void open() throws Exception {
        sample = new SampleEditor(dir);
    }

    @AfterEach
    void close() {
        sample.close();
    }

    private FieldViewModel sentence(Item item) {
        return new FieldViewModel(item.kind(), "sentence", item.field("sentence"), null);
    }

    @Test
    void aFastDrafterIsShownBeforeASlowOneAndDrafterOrderIsKept() {
        Held slow = new Held("slow");
        Held fast = new Held("fast");
        DraftsViewModel drafts = new DraftsViewModel(sample.session, new SuggestionSources(List.of(slow, fast)));
        Item item = sample.item("sample-wg-1b");
        drafts.show(item, sentence(item), "am");
        fast.answer(0, "fast draft");
        assertEquals(List.of("fast draft"), drafts.drafts().stream().map(Draft::text).toList(),
                "shown while the slow drafter is still working");
        assertFalse(drafts.noneProperty().get());
        slow.answer(0, "slow draft");
        assertEquals(List.of("slow draft", "fast draft"), drafts.drafts().stream().map(Draft::text).toList());
    }

    @Test
    void leavingTheFieldCancelsItsOpenRequestsAndTheirLateAnswersAreNotShown() {
        Held slow = new Held("slow");
        DraftsViewModel drafts = new DraftsViewModel(sample.session, new SuggestionSources(List.of(slow)));
        Item item = sample.item("sample-wg-1b");
        drafts.show(item, sentence(item), "am");
        drafts.show(item, sentence(item), "sw");
        assertTrue(slow.handed.get(0).isCancelled(), "nobody waits for the first field's draft any more");
        assertFalse(slow.handed.get(1).isDone());
        slow.answer(1, "sw draft");
        assertEquals(List.of("sw draft"), drafts.drafts().stream().map(Draft::text).toList());
        drafts.show(null, null, null);
        assertTrue(drafts.drafts().isEmpty() && !drafts.noneProperty().get());
    }

    @Test
    void whenEveryDrafterHasAnsweredWithNothingThePaneSaysNone() {
        Held quiet = new Held("quiet");
        DraftsViewModel drafts = new DraftsViewModel(sample.session, new SuggestionSources(List.of(quiet)));
        Item item = sample.item("sample-wg-1b");
        drafts.show(item, sentence(item), "am");
        assertFalse(drafts.noneProperty().get(), "still waiting");
        quiet.handed.get(0).complete(List.of());
        assertTrue(drafts.noneProperty().get());
    }
}
