package io.indaba.core.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.indaba.core.cli.Main;
import io.indaba.core.prefer.Candidate;
import io.indaba.core.prefer.Judgement;
import io.indaba.core.project.Project;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real {@code indaba generate} process with its key in an environment variable, against a server that echoes
 * the key in its errors: the log records requests, retries and failures, and no file it leaves holds the key.
 */
class LogSecrecyTest {

    private static final String SECRET = "sk-live-LOG-MUST-NOT-SEE-4242";

    @TempDir
    Path dir;

    /** The first chat request is overloaded (retried), the second refused (failed); both errors quote the key. */
    private static final class EchoingServer extends Dispatcher {
        private final FakeOpenAiServer fake = new FakeOpenAiServer();
        private final AtomicInteger chats = new AtomicInteger();

        @Override
        public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
            if (request.getUrl().encodedPath().endsWith("/chat/completions")) {
                int n = chats.incrementAndGet();
                String echo = "{\"error\":{\"message\":\"key " + request.getHeaders().get("Authorization")
                        + " is over quota\"}}";
                if (n == 1) {
                    return new MockResponse.Builder().code(503).setHeader("Retry-After", "1") /* "0" makes OkHttp itself retry, unseen */.body(echo).build();
                }
                if (n == 2) {
                    return new MockResponse.Builder().code(400).body(echo).build();
                }
            }
            return fake.dispatch(request);
        }
    }

    private static int cli(String... args) {
        StringWriter sink = new StringWriter();
        return Main.run(args, new PrintWriter(sink, true), new PrintWriter(sink, true));
    }

    @Test
    void theKeyFromTheEnvironmentNeverReachesTheLogTheProjectOrAnExport() throws Exception {
        Path project = dir.resolve("p.indaba");
        Path prompts = dir.resolve("prompts.jsonl");
        Files.writeString(prompts, "{\"id\":\"p1\",\"prompt\":\"Hello?\"}\n{\"id\":\"p2\",\"prompt\":\"Bye?\"}\n");
        assertEquals(0, cli("new", project.toString(), "--name", "K", "--source-lang", "en"));
        assertEquals(0, cli("import", project.toString(), prompts.toString()));
        Path home = dir.resolve("home");
        String err;
        int code;
        try (MockWebServer server = new MockWebServer()) {
            server.setDispatcher(new EchoingServer());
            server.start();
            ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Dindaba.home=" + home, "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                    "generate", project.toString(), "--endpoint", server.url("/").toString(), "--model", "a",
                    "--candidates", "2", "--concurrency", "1", "--api-key-env", "INDABA_TEST_KEY");
            pb.environment().put("INDABA_TEST_KEY", SECRET);
            pb.redirectErrorStream(true);
            Process p = pb.start();
            err = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the generate process hung");
            code = p.exitValue();
        }
        assertEquals(Main.FAILED, code, err);
        judgeTheSecondPrompt(project);
        StringWriter exported = new StringWriter();
        int exportCode = Main.run(new String[] {"export", project.toString(), "--format", "preference-jsonl", "--out",
                dir.resolve("out.jsonl").toString()}, new PrintWriter(exported, true), new PrintWriter(exported, true));
        assertEquals(0, exportCode, exported.toString());

        Path log = home.resolve("logs").resolve("indaba0.log");
        String text = Files.readString(log);
        assertTrue(text.contains("request j1-1 sent: prompt p1 sample a#en#0"), text);
        assertTrue(text.contains("request j1-1 retry 2: HTTP 503"), text);
        assertTrue(text.contains("request j1-1 failed"), text);
        assertTrue(text.contains("request j1-2 answered"), text);
        assertFalse(err.contains(SECRET), err);
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        assertTrue(files.contains(log) && files.contains(dir.resolve("out.jsonl")), files.toString());
        for (Path f : files) {
            String bytes = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
            assertFalse(bytes.contains(SECRET), f + " holds the key");
        }
    }

    /** One judgement, so the preference export has a record carrying the generated candidates' provenance. */
    private static void judgeTheSecondPrompt(Path file) {
        try (Project p = Project.open(file)) {
            long item = p.database().read(c -> {
                try (var rs = c.createStatement().executeQuery("SELECT id FROM item WHERE external_id = 'p2'")) {
                    rs.next();
                    return rs.getLong(1);
                }
            });
            List<Candidate> two = p.candidates().forItem(item);
            assertEquals(2, two.size());
            p.judgements().submit(Judgement.pairwise("j-1", item, "amina", "en", two.get(0).id(), two.get(1).id(),
                    "A", 2));
        }
    }
}
