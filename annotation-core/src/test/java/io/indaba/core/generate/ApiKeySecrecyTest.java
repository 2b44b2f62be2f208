package io.indaba.core.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.indaba.core.Progress;
import io.indaba.core.cli.Main;
import io.indaba.core.project.Project;
import io.indaba.plugin.ApiKey;
import io.indaba.plugin.BackendConfig;
import io.indaba.plugin.InferenceBackend;
import io.indaba.plugin.InferenceClient;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The API key reaches the server and nothing else: not the project, its sidecars, the job record or the report. */
class ApiKeySecrecyTest {

    private static final String SECRET = "sk-proj-NEVER-STORE-ME-31337";

    @TempDir
    Path dir;

    @Test
    void theKeyIsSentButNeverWrittenToTheProjectFolder() throws Exception {
        Path file = dir.resolve("k.indaba");
        Path prompts = dir.resolve("prompts.jsonl");
        Files.writeString(prompts, "{\"id\":\"p1\",\"prompt\":\"Hello?\"}\n");
        StringWriter sink = new StringWriter();
        Main.run(new String[] {"new", file.toString(), "--name", "K", "--source-lang", "en"}, new PrintWriter(sink), new PrintWriter(sink));
        Main.run(new String[] {"import", file.toString(), prompts.toString()}, new PrintWriter(sink), new PrintWriter(sink));
        FakeOpenAiServer fake = new FakeOpenAiServer();
        GenerationReport report;
        try (MockWebServer server = new MockWebServer()) {
            server.setDispatcher(fake);
            server.start();
            InferenceBackend backend = Backends.load(getClass().getClassLoader(), List.of()).forProtocol("openai")
                    .orElseThrow();
            BackendConfig config = BackendConfig.of(URI.create(server.url("/v1").toString()), ApiKey.of(SECRET), 2);
            JobSettings settings = new JobSettings(config.endpointForRecord(), "openai", List.of("a"), 2, null, null,
                    0.7, 1.0, -1, 64, 0, null);
            try (Project p = Project.open(file); InferenceClient client = backend.connect(config)) {
                report = new GenerationJob(p, "openai-compatible", client, settings, 2, Duration.ofMinutes(1), "t")
                        .run(Progress.NONE);
            }
        }
        assertEquals(2, report.generated());
        assertEquals("Bearer " + SECRET, fake.lastAuthorization());
        assertFalse(report.toString().contains(SECRET));
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                String bytes = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
                assertFalse(bytes.contains(SECRET), f + " holds the key");
            }
        }
    }
}
