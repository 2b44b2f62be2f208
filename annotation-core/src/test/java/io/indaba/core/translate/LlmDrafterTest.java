package io.indaba.core.translate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.indaba.plugin.Capabilities;
import io.indaba.plugin.Draft;
import io.indaba.plugin.DraftRequest;
import io.indaba.plugin.Generation;
import io.indaba.plugin.GenerationListener;
import io.indaba.plugin.GenerationRequest;
import io.indaba.plugin.GenerationResult;
import io.indaba.plugin.InferenceClient;
import io.indaba.plugin.ModelInfo;
import io.indaba.plugin.ServerIdentity;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** The LLM drafter's contract with its back-end: what it sends, and that a cancelled draft cancels the request. */
class LlmDrafterTest {

    /** A client holding one request open until the test answers or the drafter cancels it. */
    private static final class OneRequest implements InferenceClient {
        final CompletableFuture<GenerationResult> result = new CompletableFuture<>();
        final AtomicBoolean cancelled = new AtomicBoolean();
        final AtomicReference<GenerationRequest> sent = new AtomicReference<>();

        @Override
        public ServerIdentity health() {
            return new ServerIdentity("test", "1", null);
        }

        @Override
        public List<ModelInfo> models() {
            return List.of();
        }

        @Override
        public Capabilities capabilities() {
            throw new UnsupportedOperationException("not asked by the drafter");
        }

        @Override
        public Generation generate(GenerationRequest request, GenerationListener listener) {
            sent.set(request);
            return new Generation() {
                @Override
                public CompletableFuture<GenerationResult> result() {
                    return result;
                }

                @Override
                public void cancel() {
                    cancelled.set(true);
                }
            };
        }

        @Override
        public void close() {
        }
    }

    private static LlmDrafter drafter(OneRequest client) {
        return new LlmDrafter(client, "test", "http://gpu:8000", "m", DraftPrompts.standard(), LlmDrafter.greedy(128),
                Duration.ofMinutes(1));
    }

    @Test
    void sendsThePairsPromptGreedilyAndStripsTheAnswer() throws Exception {
        OneRequest client = new OneRequest();
        CompletableFuture<List<Draft>> f = drafter(client).draft(new DraftRequest("en", "am", "Rain.", Map.of()));
        GenerationRequest sent = client.sent.get();
        assertEquals("m", sent.model());
        assertEquals(0.0, sent.sampling().temperature());
        assertEquals(1, sent.sampling().n());
        assertEquals("Rain.", sent.messages().get(1).content());
        assertTrue(sent.messages().get(0).content().contains("from English into Amharic"));
        client.result.complete(new GenerationResult(List.of(new GenerationResult.Choice(0, "  ዝናብ።\n", "stop", 0, 5,
                9, 1, null)), null, null));
        Draft d = f.get().get(0);
        assertEquals("ዝናብ።", d.text());
        assertEquals("http://gpu:8000", d.provenance().get("endpoint"));
        assertEquals("stop", d.provenance().get("finish_reason"));
    }

    @Test
    void cancellingTheDraftCancelsTheRequest() {
        OneRequest client = new OneRequest();
        CompletableFuture<List<Draft>> f = drafter(client).draft(new DraftRequest("en", "am", "Rain.", Map.of()));
        assertFalse(client.cancelled.get());
        f.cancel(true);
        assertTrue(client.cancelled.get(), "the server's slot is freed for a draft nobody waits for");
    }

    @Test
    void blankTextAsksNothing() throws Exception {
        OneRequest client = new OneRequest();
        assertEquals(List.of(), drafter(client).draft(new DraftRequest("en", "am", "  ", Map.of())).get());
        assertEquals(null, client.sent.get());
    }
}
