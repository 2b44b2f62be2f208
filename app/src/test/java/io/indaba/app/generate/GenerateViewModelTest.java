package io.indaba.app.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.indaba.app.project.ProjectSession;
import io.indaba.app.tasks.Tasks;
import io.indaba.core.Progress;
import io.indaba.core.generate.Backends;
import io.indaba.core.item.Item;
import io.indaba.core.item.ItemKind;
import io.indaba.core.project.Project;
import io.indaba.core.base.ProjectSettings;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
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

    /** Lists two models and answers every chat request with one streamed sentence. */
    private static final class Server extends Dispatcher {
        @Override
        public MockResponse dispatch(RecordedRequest r) {
            if (r.getUrl().encodedPath().equals("/v1/models")) {
                return new MockResponse.Builder().body("{\"data\":[{\"id\":\"m1\",\"owned_by\":\"vllm\"},"
                        + "{\"id\":\"m2\",\"owned_by\":\"vllm\"}]}").build();
            }
            if (r.getUrl().encodedPath().equals("/version")) {
                return new MockResponse.Builder().body("{\"version\":\"0.10.1\"}").build();
            }
            return new MockResponse.Builder().addHeader("Content-Type", "text/event-stream")
                    .body("data: {\"choices\":[{\"index\":0,\"delta\":{\"content\":\"An answer.\"},"
                            + "\"finish_reason\":\"stop\"}]}\n\ndata: [DONE]\n\n").build();
        }
    }

    @Test
    void listsTheServersModelsThenFillsThePromptsAndAResumeAddsNothing() throws Exception {
        Project project = Project.create(dir.resolve("g.indaba"), new ProjectSettings("G", "en", List.of()), "t");
        project.items().importAll(List.of(
                Item.of("p1", ItemKind.PROMPT, "en", "", 0, Map.of("prompt", "Hi"), null, null),
                Item.of("p2", ItemKind.PROMPT, "en", "", 1, Map.of("prompt", "Bye"), null, null)).iterator(),
                "t", "test", Progress.NONE);
        try (MockWebServer server = new MockWebServer();
             ProjectSession session = new ProjectSession(project, "G", new Tasks(Runnable::run, Runnable::run))) {
            server.setDispatcher(new Server());
            server.start();
            GenerateViewModel model = new GenerateViewModel(session,
                    Backends.load(getClass().getClassLoader(), List.of()), Map.of());
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

            model.start();
            assertTrue(model.summaryProperty().get().startsWith("0 of 0 candidates stored"), model.summaryProperty().get());
        }
    }

    @Test
    void aMissingKeyVariableOrUnreachableServerIsOneLine() {
        Project project = Project.create(dir.resolve("e.indaba"), new ProjectSettings("E", "en", List.of()), "t");
        try (ProjectSession session = new ProjectSession(project, "E", new Tasks(Runnable::run, Runnable::run))) {
            GenerateViewModel model = new GenerateViewModel(session,
                    Backends.load(getClass().getClassLoader(), List.of()), Map.of());
            model.apiKeyEnvProperty().set("NO_SUCH_KEY");
            model.listModels();
            assertEquals("environment variable NO_SUCH_KEY is not set or empty", model.errorProperty().get());
            model.apiKeyEnvProperty().set("");
            model.endpointProperty().set("http://127.0.0.1:1");
            model.listModels();
            assertTrue(model.errorProperty().get().startsWith("cannot reach http://127.0.0.1:1"),
                    model.errorProperty().get());
        }
    }
}
