package io.indaba.app.backends;

import io.indaba.plugin.ApiKey;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

/**
 * An OpenAI-compatible server for wiring tests: every request gets the same streamed answer, and every request body is
 * kept so a test can check what was asked.
 */
public final class OneAnswerServer implements AutoCloseable {

    private final MockWebServer server = new MockWebServer();
    private final List<String> bodies = new CopyOnWriteArrayList<>();

    /** Starts a server whose every chat stream answers {@code content} in one piece. */
    public OneAnswerServer(String content) throws IOException {
        String chunk = "{\"choices\":[{\"index\":0,\"delta\":{\"content\":\"" + content + "\"},\"finish_reason\":\"stop\"}]}";
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest r) {
                bodies.add(r.getBody() == null ? "" : r.getBody().utf8());
                return new MockResponse.Builder().addHeader("Content-Type", "text/event-stream")
                        .body("data: " + chunk + "\n\ndata: [DONE]\n\n").build();
            }
        });
        server.start();
    }

    /** Saves this server as "Local" in the user settings under {@code home}, drafting {@code pair} with {@code model}. */
    public void saveAsDrafter(Path home, String pair, String model) {
        SavedServer local = new SavedServer("Local", "vllm", server.url("/").toString(), "openai", ApiKey.NONE, "");
        BackendSettings.empty(home.resolve(BackendSettings.FILE))
                .with(List.of(local), List.of(new DrafterChoice(pair, "Local", model, ""))).save();
    }

    /** The bodies of the requests received so far. */
    public List<String> bodies() {
        return bodies;
    }

    @Override
    public void close() {
        server.close();
    }
}
