package io.indaba.core.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.indaba.core.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

/** The one list of known servers, and {@code --preset} on the command line. */
class ServerPresetTest {

    @Test
    void everyPresetHasAUniqueIdALocalAddressAndAKnownProtocol() {
        Set<String> ids = new HashSet<>();
        for (ServerPreset p : ServerPreset.ALL) {
            assertTrue(ids.add(p.id()), "twice: " + p.id());
            URI uri = URI.create(p.baseUrl());
            assertEquals("localhost", uri.getHost(), p.id());
            assertTrue(List.of("openai", "ollama").contains(p.protocol()), p.id());
            assertTrue(!p.notes().isBlank(), p.id());
        }
        assertEquals(List.of("vllm", "sglang", "llamacpp", "tgi", "lmstudio", "ollama-openai", "ollama"),
                ServerPreset.ids());
        assertEquals("http://localhost:11434/v1", ServerPreset.named("Ollama-OpenAI").baseUrl());
    }

    @Test
    void aPresetChoosesTheProtocolAndAnUnknownOneListsTheNames() throws Exception {
        try (MockWebServer server = new MockWebServer()) {
            server.setDispatcher(new Dispatcher() {
                @Override
                public MockResponse dispatch(RecordedRequest r) {
                    return switch (r.getUrl().encodedPath()) {
                        case "/api/version" -> new MockResponse.Builder().body("{\"version\":\"0.6.0\"}").build();
                        case "/api/tags" -> new MockResponse.Builder().body("{\"models\":[{\"name\":\"llama3:8b\","
                                + "\"model\":\"llama3:8b\"}]}").build();
                        default -> new MockResponse.Builder().code(404).body("{\"error\":\"not found\"}").build();
                    };
                }
            });
            server.start();
            String[] out = run("models", "--preset", "ollama", "--endpoint", server.url("/").toString());
            assertEquals("0", out[0], out[2]);
            assertTrue(out[1].contains("llama3:8b"), "asked the native API: " + out[1]);
        }
        String[] unknown = run("models", "--preset", "nosuch");
        assertEquals("indaba: no server preset nosuch (presets: vllm, sglang, llamacpp, tgi, lmstudio, ollama-openai, "
                + "ollama)", unknown[2].strip());
        for (String command : List.of("generate", "models", "pretranslate")) {
            String[] help = run("help", command);
            assertTrue(help[1].contains("--preset") && help[1].contains("ollama-openai"), command + ": " + help[1]);
        }
        String[] none = run("models");
        assertEquals("indaba: --endpoint (or --preset) is required", none[2].strip());
    }

    private static String[] run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new String[] {Integer.toString(code), out.toString(), err.toString()};
    }
}
