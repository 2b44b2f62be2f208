package io.indaba.app.translate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.indaba.app.backends.BackendServices;
import io.indaba.app.backends.BackendSettings;
import io.indaba.app.backends.DrafterChoice;
import io.indaba.app.backends.SavedServer;
import io.indaba.core.generate.Backends;
import io.indaba.core.item.Item;
import io.indaba.plugin.ApiKey;
import io.indaba.plugin.Draft;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The LLM drafter chosen in the Back-ends settings drafts in the editor's drafts pane, with its origin, for the pairs
 * it was chosen for; a change of the settings applies to the next field.
 */
class LlmDraftsTest {

    @TempDir
    Path dir;

    private SampleEditor sample;
    private final MockWebServer server = new MockWebServer();
    private final List<String> bodies = new CopyOnWriteArrayList<>();

    @BeforeEach
    void open() throws Exception {
        sample = new SampleEditor(dir);
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest r) {
                bodies.add(r.getBody() == null ? "" : r.getBody().utf8());
                return new MockResponse.Builder().addHeader("Content-Type", "text/event-stream")
                        .body("data: {\"choices\":[{\"index\":0,\"delta\":{\"content\":\" ረቂቅ ትርጉም \"},"
                                + "\"finish_reason\":\"stop\"}]}\n\ndata: [DONE]\n\n").build();
            }
        });
        server.start();
    }

    @AfterEach
    void close() throws Exception {
        sample.close();
        server.close();
    }

    @Test
    void theChosenModelDraftsIntoItsLanguageWithItsOriginAndOnlyThere() throws Exception {
        SavedServer local = new SavedServer("Local", "vllm", server.url("/").toString(), "openai", ApiKey.NONE, "");
        BackendSettings settings = BackendSettings.empty(dir.resolve(BackendSettings.FILE)).with(List.of(local),
                List.of(new DrafterChoice("*>am", "Local", "tiny", "Render {source} as {target}, nothing else.")));
        try (BackendServices services = new BackendServices(Backends.load(getClass().getClassLoader(), List.of()),
                settings, Map.of())) {
            DraftsViewModel drafts = new DraftsViewModel(sample.session, new SuggestionSources(services.drafters()));
            Item item = sample.item("sample-wg-1b");
            FieldViewModel sentence = new FieldViewModel(item.kind(), "sentence", item.field("sentence"), null);

            drafts.show(item, sentence, "am");
            until(() -> drafts.drafts().stream().anyMatch(d -> d.drafterId().equals("llm")));
            Draft llm = drafts.drafts().stream().filter(d -> d.drafterId().equals("llm")).findFirst().orElseThrow();
            assertEquals("ረቂቅ ትርጉም", llm.text());
            assertEquals("llm:tiny", llm.label());
            assertEquals("openai-compatible", llm.provenance().get("backend"));
            assertEquals("tiny", llm.provenance().get("model"));
            assertTrue(llm.provenance().get("endpoint").startsWith("http://"), llm.provenance().toString());
            assertEquals("Render English as Amharic, nothing else.", llm.provenance().get("system_prompt"));
            assertTrue(bodies.get(0).contains("Render English as Amharic, nothing else."), bodies.get(0));

            drafts.show(item, sentence, "sw");
            until(() -> drafts.noneProperty().get() || !drafts.drafts().isEmpty());
            assertTrue(drafts.drafts().stream().noneMatch(d -> d.drafterId().equals("llm")), "no drafter for *>sw");
            assertEquals(1, bodies.size(), "and no request for it");

            services.update(settings.with(List.of(local), List.of()));
            drafts.show(item, sentence, "am");
            until(() -> drafts.noneProperty().get() || !drafts.drafts().isEmpty());
            assertTrue(drafts.drafts().stream().noneMatch(d -> d.drafterId().equals("llm")), "removed on the page");
        }
    }

    private static void until(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within 30 s");
            }
            Thread.sleep(5);
        }
    }
}
