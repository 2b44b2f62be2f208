package io.indaba.app.backends;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.indaba.plugin.ApiKey;
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
import io.indaba.plugin.Usage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** Which configured LLM drafter answers a pair, and that it names its model as the draft's origin. */
class SettingsDrafterTest {

    /** Answers every request with the model's name, and remembers the requests. */
    private static final class Echo implements InferenceClient {
        final List<GenerationRequest> asked = new ArrayList<>();
        boolean closed;

        @Override
        public ServerIdentity health() {
            return new ServerIdentity("echo", "1", null);
        }

        @Override
        public List<ModelInfo> models() {
            return List.of();
        }

        @Override
        public Capabilities capabilities() {
            return null;
        }

        @Override
        public Generation generate(GenerationRequest request, GenerationListener listener) {
            asked.add(request);
            GenerationResult.Choice choice = new GenerationResult.Choice(0, "from " + request.model(), "stop", 0, 1, 2,
                    1, Usage.UNKNOWN);
            CompletableFuture<GenerationResult> result = CompletableFuture.completedFuture(
                    new GenerationResult(List.of(choice), null, health()));
            return new Generation() {
                @Override
                public CompletableFuture<GenerationResult> result() {
                    return result;
                }

                @Override
                public void cancel() {
                }
            };
        }

        @Override
        public void close() {
            closed = true;
        }
    }

    @Test
    void theMostSpecificPairWinsAndAPairWithoutAChoiceIsNotSupported() throws Exception {
        SavedServer s = new SavedServer("S", null, "http://localhost:9", "openai", ApiKey.NONE, "");
        BackendSettings settings = BackendSettings.empty(Path.of("x")).with(List.of(s), List.of(
                new DrafterChoice("*", "S", "any", ""),
                new DrafterChoice("*>am", "S", "into-am", ""),
                new DrafterChoice("en>am", "S", "en-am", "")));
        Echo echo = new Echo();
        BackendSettings[] current = {settings};
        SettingsDrafter drafter = new SettingsDrafter(() -> current[0], p -> "echo-backend", server -> echo);
        assertEquals("en-am", draft(drafter, "en", "am").model());
        assertEquals("into-am", draft(drafter, "fr", "am").model());
        assertEquals("any", draft(drafter, "en", "sw").model());
        assertEquals("from en-am", draft(drafter, "en", "am").text());
        assertEquals("echo-backend", draft(drafter, "en", "am").provenance().get("backend"));
        assertFalse(drafter.supports("en", "en"), "no drafts into the source language");

        current[0] = settings.with(List.of(s), List.of(new DrafterChoice("en>am", "S", "en-am", "")));
        assertFalse(drafter.supports("en", "sw"));
        assertTrue(drafter.supports("EN", "AM"), "language tags match whatever their case");
        current[0] = settings.with(List.of(), List.of());
        drafter.settingsChanged();
        assertTrue(echo.closed, "the connection of a server no longer saved is closed");
    }

    @Test
    void aBadPairOrAMissingModelIsRefusedInOneLine() {
        assertEquals("language pair english is not of the form en>am, *>am or *", assertThrows(
                IllegalArgumentException.class, () -> new DrafterChoice("english", "S", "m", "")).getMessage());
        assertEquals("an LLM drafter needs a model", assertThrows(IllegalArgumentException.class,
                () -> new DrafterChoice("*", "S", " ", "")).getMessage());
    }

    private static Draft draft(SettingsDrafter drafter, String from, String into) throws Exception {
        return drafter.draft(new DraftRequest(from, into, "Hello", Map.of())).get().get(0);
    }
}
