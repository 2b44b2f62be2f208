package io.indaba.core.translate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.indaba.plugin.Draft;
import io.indaba.plugin.DraftRequest;
import io.indaba.plugin.Drafter;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Each drafter's drafts arrive on their own, a slow one is cut off alone, and a superseded round is cancelled. */
class DraftRoundTest {

    private static final DraftRequest REQUEST = new DraftRequest("en", "am", "Rain.", Map.of());

    /** A drafter whose futures the test completes, keeping each one it handed out. */
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

        void answer(String text) {
            handed.get(handed.size() - 1).complete(List.of(new Draft(text, id, null, Map.of())));
        }
    }

    @Test
    void aFastDrafterIsShownWhileASlowOneIsStillWorkingAndTheSlowOneTimesOutAlone() throws Exception {
        Held fast = new Held("fast");
        Held slow = new Held("slow");
        Drafters drafters = new Drafters(List.of(slow, fast), null);
        Map<Integer, List<Draft>> seen = new ConcurrentHashMap<>();
        DraftRound round = drafters.draftEach(REQUEST, Duration.ofMillis(300), seen::put);
        fast.answer("ዝናብ");
        assertEquals("ዝናብ", seen.get(1).get(0).text(), "the fast drafter's draft came before the slow one answered");
        assertTrue(seen.get(0) == null && !round.done().isDone());
        round.done().get(5, TimeUnit.SECONDS);
        assertTrue(slow.handed.get(0).isCancelled(), "the slow request was cancelled at its time limit");
        assertEquals(1, seen.size());
    }

    @Test
    void cancellingASupersededRoundCancelsItsOpenRequests() throws Exception {
        Held one = new Held("one");
        Drafters drafters = new Drafters(List.of(one), null);
        List<Integer> calls = new CopyOnWriteArrayList<>();
        DraftRound first = drafters.draftEach(REQUEST, Duration.ofMinutes(1), (i, d) -> calls.add(i));
        DraftRound second = drafters.draftEach(REQUEST, Duration.ofMinutes(1), (i, d) -> calls.add(10 + i));
        first.cancel();
        assertTrue(one.handed.get(0).isCancelled());
        first.done().get(1, TimeUnit.SECONDS);
        one.answer("x");
        second.done().get(1, TimeUnit.SECONDS);
        assertEquals(List.of(10), calls, "only the current round's drafts are handed on");
    }
}
