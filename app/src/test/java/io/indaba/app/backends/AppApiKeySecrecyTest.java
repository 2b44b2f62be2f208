package io.indaba.app.backends;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.indaba.app.generate.GenerateViewModel;
import io.indaba.app.generate.ServerChoice;
import io.indaba.app.common.ProjectSession;
import io.indaba.app.tasks.Tasks;
import io.indaba.core.Progress;
import io.indaba.core.base.ProjectSettings;
import io.indaba.core.generate.Backends;
import io.indaba.core.item.Item;
import io.indaba.core.item.ItemKind;
import io.indaba.core.log.LogFile;
import io.indaba.core.project.Project;
import io.indaba.plugin.ApiKey;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The app side of issue 11's key rule: a key saved in the Back-ends settings lives in a file only the user can read,
 * reaches the server, and appears nowhere else: not in the project folder, the log, the dialog's messages, or the
 * text of a saved server.
 */
class AppApiKeySecrecyTest {

    private static final String SECRET = "sk-app-NEVER-SHOW-ME-4242";

    @TempDir
    Path dir;

    @Test
    void theSettingsFileIsTheUsersAloneAndRoundTrips() throws Exception {
        Path file = dir.resolve("home").resolve(BackendSettings.FILE);
        SavedServer vllm = new SavedServer("GPU box", "vllm", "http://gpu:8000", "openai", ApiKey.of(SECRET), "");
        SavedServer env = new SavedServer("Cloud", null, "https://api.example.org/v1", "openai", ApiKey.NONE, "MY_KEY");
        BackendSettings.empty(file).with(List.of(vllm, env),
                List.of(new DrafterChoice("en>am", "GPU box", "llama", "Translate {source} to {target}."))).save();
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            assertEquals(BackendSettings.OWNER_ONLY, Files.getPosixFilePermissions(file));
        }
        BackendSettings read = BackendSettings.load(file);
        assertEquals(2, read.servers().size());
        assertEquals(SECRET, read.server("GPU box").key().reveal());
        assertEquals("MY_KEY", read.server("Cloud").keyEnv());
        assertEquals(SECRET, read.server("Cloud").apiKey(Map.of("MY_KEY", SECRET)).reveal(), "read from the variable");
        assertEquals("Translate {source} to {target}.", read.drafters().get(0).prompt());
        assertFalse(read.server("GPU box").toString().contains(SECRET));
        assertFalse(read.servers().toString().contains(SECRET), "a printed list of servers shows no key");
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
            BackendSettings.load(file);
            assertEquals(BackendSettings.OWNER_ONLY, Files.getPosixFilePermissions(file),
                    "a file made readable by others is made private again when read");
        }
    }

    @Test
    void aDrafterNamingAServerThatIsNotSavedIsRefusedInOneLine() {
        BackendSettings s = BackendSettings.empty(dir.resolve(BackendSettings.FILE));
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> s.with(List.of(), List.of(new DrafterChoice("*", "Nowhere", "m", ""))));
        assertEquals("the drafter for * names server Nowhere, which is not saved", e.getMessage());
    }

    @Test
    void aSavedKeyIsSentButNeverShownLoggedOrStoredEvenWhenTheServerEchoesIt() throws Exception {
        Path home = dir.resolve("home");
        Path logs = dir.resolve("logs");
        LogFile.install(logs);
        AtomicInteger chats = new AtomicInteger();
        AtomicReference<String> authorization = new AtomicReference<>();
        Project project = Project.create(dir.resolve("projects").resolve("k.indaba"),
                new ProjectSettings("K", "en", List.of()), "t");
        project.items().importAll(List.of(
                Item.of("p1", ItemKind.PROMPT, "en", "", 0, Map.of("prompt", "Hi"), null, null),
                Item.of("p2", ItemKind.PROMPT, "en", "", 1, Map.of("prompt", "Bye"), null, null)).iterator(),
                "t", "test", Progress.NONE);
        try (MockWebServer server = new MockWebServer();
             ProjectSession session = new ProjectSession(project, "K", new Tasks(Runnable::run, Runnable::run))) {
            server.setDispatcher(new Dispatcher() {
                @Override
                public MockResponse dispatch(RecordedRequest r) {
                    if (!r.getUrl().encodedPath().endsWith("/chat/completions")) {
                        return new MockResponse.Builder().body("{\"data\":[{\"id\":\"m\",\"owned_by\":\"x\"}]}").build();
                    }
                    authorization.set(r.getHeaders().get("Authorization"));
                    if (chats.incrementAndGet() == 1) {
                        return new MockResponse.Builder().code(400).body("{\"error\":{\"message\":\"Incorrect API key "
                                + "provided: " + SECRET + "\",\"type\":\"invalid_request_error\"}}").build();
                    }
                    return new MockResponse.Builder().addHeader("Content-Type", "text/event-stream")
                            .body("data: {\"choices\":[{\"index\":0,\"delta\":{\"content\":\"Ok.\"},"
                                    + "\"finish_reason\":\"stop\"}]}\n\ndata: [DONE]\n\n").build();
                }
            });
            server.start();
            SavedServer saved = new SavedServer("Mine", "vllm", server.url("/").toString(), "openai",
                    ApiKey.of(SECRET), "");
            BackendSettings settings = BackendSettings.empty(home.resolve(BackendSettings.FILE))
                    .with(List.of(saved), List.of());
            settings.save();
            BackendServices services = new BackendServices(Backends.load(getClass().getClassLoader(), List.of()),
                    BackendSettings.load(settings.file()), Map.of());
            GenerateViewModel model = new GenerateViewModel(session, services);
            ServerChoice mine = model.servers().get(0);
            assertEquals("Mine", mine.saved().name(), "saved servers come before the presets");
            model.serverProperty().set(mine);
            model.chosen().setAll("m");
            model.candidatesProperty().set(1);
            model.concurrencyProperty().set(1);
            model.start();

            assertEquals("Bearer " + SECRET, authorization.get(), "the saved key reaches the server");
            assertTrue(model.summaryProperty().get().startsWith("1 of 2 candidates stored, 1 failed"),
                    model.summaryProperty().get());
            assertTrue(model.errorProperty().get().contains("Incorrect API key provided: [redacted]"),
                    "the server's echo reaches the dialog scrubbed: " + model.errorProperty().get());
            for (String shown : List.of(model.summaryProperty().get(), model.errorProperty().get(),
                    model.statsProperty().get(), model.streams().toString(), mine.toString())) {
                assertFalse(shown.contains(SECRET), "the dialog shows the key: " + shown);
            }
        }
        LogFile.flush();
        assertTrue(Files.list(logs).findAny().isPresent(), "the job wrote a log");
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                if (f.getFileName().toString().equals(BackendSettings.FILE)) {
                    continue; // the one place the key belongs
                }
                String bytes = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
                assertFalse(bytes.contains(SECRET), f + " holds the key");
            }
        }
    }
}
