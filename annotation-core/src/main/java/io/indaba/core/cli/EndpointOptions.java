package io.indaba.core.cli;

import io.indaba.core.generate.Backends;
import io.indaba.core.generate.ServerPreset;
import io.indaba.plugin.ApiKey;
import io.indaba.plugin.BackendConfig;
import io.indaba.plugin.InferenceBackend;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Option;

/** The server to talk to: {@code --endpoint}, {@code --protocol}, {@code --preset}, {@code --api-key-env}, {@code --concurrency}. */
final class EndpointOptions {

    @Option(names = "--endpoint", paramLabel = "URL",
            description = "the inference server, e.g. http://localhost:8000 (vLLM), http://localhost:11434 (Ollama); "
                    + "required except with generate --batch-out, which makes no calls")
    String endpoint;

    @Option(names = "--protocol", paramLabel = "NAME",
            description = "openai (OpenAI-compatible: vLLM, SGLang, llama.cpp, TGI, LM Studio) or ollama (native API); "
                    + "default: the preset's, else openai")
    String protocol;

    @Option(names = "--preset", paramLabel = "NAME",
            description = "a known server: vllm, sglang, llamacpp, tgi, lmstudio, ollama-openai, ollama; gives the "
                    + "default --endpoint (its usual local address) and --protocol, either of which may still be given")
    String preset;

    @Option(names = "--api-key-env", paramLabel = "VAR",
            description = "read the API key from this environment variable (keys are never stored in the project)")
    String apiKeyEnv;

    @Option(names = "--concurrency", paramLabel = "C", defaultValue = "64",
            description = "requests in flight at once; default: ${DEFAULT-VALUE}")
    int concurrency;

    /** The endpoint's configuration; the key, if any, read from the environment now. */
    BackendConfig config() {
        String url = endpoint != null ? endpoint : preset().map(ServerPreset::baseUrl).orElse(null);
        if (url == null) {
            throw new IllegalArgumentException("--endpoint (or --preset) is required");
        }
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("--endpoint is not a URL: " + e.getReason());
        }
        if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme())) {
            throw new IllegalArgumentException("--endpoint must start with http:// or https://");
        }
        ApiKey key = apiKeyEnv == null ? ApiKey.NONE : ApiKey.fromEnvironment(apiKeyEnv, System.getenv());
        return BackendConfig.of(uri, key, concurrency);
    }

    /** {@code --protocol}, else the preset's, else {@code openai}. */
    String protocol() {
        return protocol != null ? protocol : preset().map(ServerPreset::protocol).orElse("openai");
    }

    private Optional<ServerPreset> preset() {
        return preset == null ? Optional.empty() : Optional.of(ServerPreset.named(preset));
    }

    /** The back-end for {@code --protocol} among the plugins found. */
    InferenceBackend backend() {
        String protocol = protocol();
        Backends backends = Backends.load(EndpointOptions.class.getClassLoader(), List.of(Backends.userPluginFolder()));
        return backends.forProtocol(protocol).orElseThrow(() -> new IllegalArgumentException("no enabled back-end "
                + "speaks --protocol " + protocol + " (available: " + String.join(", ", backends.protocols())
                + "; see indaba backends)"));
    }
}
