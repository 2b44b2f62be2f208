package io.indaba.core.generate;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A known inference server: where it listens by default, which protocol it speaks, and what to know about it
 * (the quirks of {@code formats.md}, back-end section). One list for the CLI's {@code --preset} and the app's pickers.
 *
 * @param id       the name given to {@code --preset}
 * @param name     the name shown to people
 * @param protocol {@code openai} or {@code ollama}
 * @param baseUrl  the server's default address on this machine
 * @param notes    one or two sentences on how it behaves
 */
public record ServerPreset(String id, String name, String protocol, String baseUrl, String notes) {

    /** Every preset, in the order the pickers show them. */
    public static final List<ServerPreset> ALL = List.of(
            new ServerPreset("vllm", "vLLM", "openai", "http://localhost:8000",
                    "Honours n > 1 and seeds. Never refuses work: it queues without bound, so keep requests in "
                            + "flight moderate. Its --api-key protects the /v1 paths only."),
            new ServerPreset("sglang", "SGLang", "openai", "http://localhost:30000",
                    "Honours n > 1 and seeds; older versions answer errors as {\"object\":\"error\"}."),
            new ServerPreset("llamacpp", "llama.cpp server", "openai", "http://localhost:8080",
                    "Rejects n > 1, so each sample is its own request. Answers 503 while the model loads; requests "
                            + "in parallel are limited by its --parallel slots."),
            new ServerPreset("tgi", "TGI Messages API", "openai", "http://localhost:8080",
                    "Text Generation Inference's /v1/chat/completions. Ignores n; answers 429 when overloaded; older "
                            + "versions end a stream without [DONE]."),
            new ServerPreset("lmstudio", "LM Studio", "openai", "http://localhost:1234",
                    "LM Studio's local server (start it in the Developer tab). Ignores n."),
            new ServerPreset("ollama-openai", "Ollama (/v1)", "openai", "http://localhost:11434/v1",
                    "Ollama's OpenAI-compatible endpoint. Ignores n; answers 503 when its queue is full; the context "
                            + "size (num_ctx) can only be set with the native protocol."),
            new ServerPreset("ollama", "Ollama (native)", "ollama", "http://localhost:11434",
                    "Ollama's own /api/chat stream; sampling goes in options, and num_ctx can be set."));

    /** The preset named {@code id} (case does not matter). */
    public static Optional<ServerPreset> byId(String id) {
        String wanted = id == null ? "" : id.strip().toLowerCase(Locale.ROOT);
        return ALL.stream().filter(p -> p.id.equals(wanted)).findFirst();
    }

    /** The preset named {@code id}, or a message listing the names there are. */
    public static ServerPreset named(String id) {
        return byId(id).orElseThrow(() -> new IllegalArgumentException("no server preset " + id + " (presets: "
                + String.join(", ", ids()) + ")"));
    }

    /** The ids, in order. */
    public static List<String> ids() {
        return ALL.stream().map(ServerPreset::id).toList();
    }

    @Override
    public String toString() {
        return name;
    }
}
