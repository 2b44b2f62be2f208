package io.indaba.app.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.indaba.app.backends.BackendServices;
import io.indaba.app.common.ProjectSession;
import io.indaba.app.tasks.Tasks;
import io.indaba.core.Progress;
import io.indaba.core.generate.ServerPreset;
import io.indaba.core.item.Item;
import io.indaba.core.item.ItemKind;
import io.indaba.core.project.Project;
import io.indaba.core.base.ProjectSettings;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Generate dialog's model against a vLLM-shaped mock server, with every task run on the calling thread. */
class GenerateViewModelTest {

    @TempDir
    Path dir;

    /** Lists two models and answers every chat request with one sentence streamed in {@code pieces} pieces. */
    static final class Server extends Dispatcher {
        private final int pieces;

        Server(int pieces) {
            this.pieces = pieces;
        }

        @Override
        public MockResponse dispatch(RecordedRequest r) {
            if (r.getUrl().encodedPath().equals("/v1/models")) {
                return new MockResponse.Builder().body("{\"data\":[{\"id\":\"m1\",\"owned_by\":\"vllm\"},"
                        + "{\"id\":\"m2\",\"owned_by\":\"vllm\"}]}").build();
            }
            if (r.getUrl().encodedPath().equals("/version")) {
                return new MockResponse.Builder().body("{\"version\":\"0.10.1\"}").build();
            }
            return new MockResponse.Builder().addHeader("Content-Type", "text/event-stream").body(stream(pieces)).build();
        }

        static String stream(int pieces) {
            StringBuilder body = new StringBuilder();
            for (int i = 0; i < pieces; i++) {
                body.append("data: {\"choices\":[{\"index\":0,\"delta\":{\"content\":\"w").append(i)
                        .append(" \"},\"finish_reason\":null}]}\n\n");
            }
            body.append("data: {\"choices\":[{\"index\":0,\"delta\":{\"content\":\"An answer.\"},"
                    + "\"finish_reason\":\"stop\"}]}\n\ndata: [DONE]\n\n");
            return body.toString();
        }
    }

    static Project prompts(Path file, int count) {
        Project project = Project.create(file, new ProjectSettings("G", "en", List.of()), "t");
        List<Item> items = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            items.add(Item.of("p" + i, ItemKind.PROMPT, "en", "", i, Map.of("prompt", "Prompt " + i), null, null));
        }
        project.items().importAll(items.iterator(), "t", "test", Progress.NONE);
        return project;
    }

    @Test
    void listsTheServersModelsThenFillsThePromptsAndAResumeAddsNothing() throws Exception {
        Project project = prompts(dir.resolve("g.indaba"), 2);
        try (MockWebServer server = new MockWebServer();
             ProjectSession session = new ProjectSession(project, "G", new Tasks(Runnable::run, Runnable::run))) {
            server.setDispatcher(new Server(1));
            server.start();
            Object uiThread = new Object(); // publications one at a time, as on the FX thread
            GenerateViewModel model = new GenerateViewModel(session, BackendServices.builtIn(), System::nanoTime,
                    (task, delay) -> {
                        synchronized (uiThread) {
                            task.run();
                        }
                    });
            model.endpointProperty().set(server.url("/").toString());
            assertFalse(model.ready().get(), "nothing to run before a model is chosen");

            model.listModels();
            assertEquals(List.of("m1", "m2"), model.models());
            model.chosen().setAll("m2");
            model.candidatesProperty().set(3);
            assertTrue(model.ready().get());

            model.start();
            assertEquals("", model.errorProperty().get());
            assertTrue(model.summaryProperty().get().startsWith("6 of 6 candidates stored, 0 failed"),
                    model.summaryProperty().get());
            long item = project.items().byExternalId("p1").orElseThrow().id();
            assertEquals(3, project.candidates().forItem(item).size());
            assertTrue(model.statsProperty().get().startsWith("6 of 6 responses"), model.statsProperty().get());
            assertEquals("w0 An answer.", model.streams().get(0).text(), "the last responses' text stays readable");
            assertEquals("m2", model.streams().get(0).model());

            model.start();
            assertTrue(model.summaryProperty().get().startsWith("0 of 0 candidates stored"), model.summaryProperty().get());
        }
    }

    @Test
    void aFloodOfStreamedTokensIsHandedToTheUiOncePerInterval() throws Exception {
        Project project = prompts(dir.resolve("c.indaba"), 3);
        List<Runnable> scheduled = new ArrayList<>();
        AtomicLong clock = new AtomicLong();
        try (MockWebServer server = new MockWebServer();
             ProjectSession session = new ProjectSession(project, "C", new Tasks(Runnable::run, Runnable::run))) {
            server.setDispatcher(new Server(200));
            server.start();
            // the clock never moves and nothing scheduled runs until the test says: every signal after the first
            // must fold into the one publication already pending
            GenerateViewModel model = new GenerateViewModel(session, BackendServices.builtIn(), clock::get,
                    (task, delay) -> {
                        synchronized (scheduled) {
                            scheduled.add(task);
                        }
                    });
            model.endpointProperty().set(server.url("/").toString());
            model.chosen().setAll("m1");
            model.candidatesProperty().set(1);
            model.start();
            assertTrue(model.summaryProperty().get().startsWith("3 of 3 candidates stored"),
                    model.summaryProperty().get());
            assertEquals(1, scheduled.size(), "600 streamed pieces, one update pending");
            assertEquals(1, model.publications(), "only the final update has reached the UI");
            scheduled.get(0).run();
            assertEquals(2, model.publications());
            assertTrue(model.streams().get(0).text().endsWith("w199 An answer."), model.streams().get(0).text());
        }
    }

    @Test
    void aPresetFillsTheAddressAndProtocolAndShowsItsNotes() {
        Project project = Project.create(dir.resolve("p.indaba"), new ProjectSettings("P", "en", List.of()), "t");
        try (ProjectSession session = new ProjectSession(project, "P", new Tasks(Runnable::run, Runnable::run))) {
            GenerateViewModel model = new GenerateViewModel(session, BackendServices.builtIn());
            assertEquals(ServerPreset.ALL.size(), model.servers().size(), "no saved servers: the presets");
            ServerChoice ollama = model.servers().stream().filter(c -> c.preset().id().equals("ollama")).findFirst()
                    .orElseThrow();
            model.serverProperty().set(ollama);
            assertEquals("http://localhost:11434", model.endpointProperty().get());
            assertEquals("ollama", model.protocolProperty().get());
            assertTrue(model.notesProperty().get().contains("num_ctx"), model.notesProperty().get());
            assertTrue(model.protocols().contains("ollama"));
        }
    }

    @Test
    void aMissingKeyVariableOrUnreachableServerIsOneLine() {
        Project project = Project.create(dir.resolve("e.indaba"), new ProjectSettings("E", "en", List.of()), "t");
        try (ProjectSession session = new ProjectSession(project, "E", new Tasks(Runnable::run, Runnable::run))) {
            GenerateViewModel model = new GenerateViewModel(session, BackendServices.builtIn());
            model.apiKeyEnvProperty().set("NO_SUCH_KEY");
            model.listModels();
            assertEquals("environment variable NO_SUCH_KEY is not set or empty", model.errorProperty().get());
            model.apiKeyEnvProperty().set("");
            model.endpointProperty().set("http://127.0.0.1:1");
            model.listModels();
            assertTrue(model.errorProperty().get().startsWith("cannot reach http://127.0.0.1:1"),
                    model.errorProperty().get());
            model.endpointProperty().set("localhost:8000");
            model.listModels();
            assertTrue(model.errorProperty().get().contains("http:// or https://"), model.errorProperty().get());
        }
    }
}
