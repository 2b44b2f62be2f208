package io.indaba.backend.openai;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.indaba.plugin.BackendConfig;
import io.indaba.plugin.BackendException;
import io.indaba.plugin.Backoff;
import io.indaba.plugin.Capabilities;
import io.indaba.plugin.FanOut;
import io.indaba.plugin.Generation;
import io.indaba.plugin.GenerationListener;
import io.indaba.plugin.GenerationRequest;
import io.indaba.plugin.InferenceClient;
import io.indaba.plugin.ModelInfo;
import io.indaba.plugin.ServerIdentity;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import okhttp3.ConnectionPool;
import okhttp3.Dispatcher;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/** One OpenAI-compatible endpoint, with an HTTP client sized to the configured number of requests in flight. */
final class OpenAiClient implements InferenceClient {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final BackendConfig config;
    private final HttpUrl root;
    private final OkHttpClient http;
    private final HttpUrl chatUrl;
    private final HttpUrl completionsUrl;
    private final ScheduledExecutorService retries;
    private final Backoff backoff;
    private volatile ServerIdentity identity;

    OpenAiClient(BackendConfig config) {
        this.config = config;
        this.root = root(config);
        this.chatUrl = root.resolve("v1/chat/completions");
        this.completionsUrl = root.resolve("v1/completions");
        // OkHttp allows 5 requests per host by default: far too few to keep a GPU server's batch full
        Dispatcher dispatcher = new Dispatcher();
        dispatcher.setMaxRequests(config.maxInFlight());
        dispatcher.setMaxRequestsPerHost(config.maxInFlight());
        this.http = new OkHttpClient.Builder()
                .dispatcher(dispatcher)
                .connectionPool(new ConnectionPool(config.maxInFlight(), 5, TimeUnit.MINUTES))
                .connectTimeout(config.connectTimeout())
                .readTimeout(config.readTimeout())
                .writeTimeout(Duration.ofMinutes(1))
                .addInterceptor(chain -> {
                    Request.Builder b = chain.request().newBuilder();
                    config.headers().forEach(b::header);
                    if (config.apiKey().present()) {
                        b.header("Authorization", "Bearer " + config.apiKey().reveal());
                    }
                    return chain.proceed(b.build());
                })
                .build();
        this.retries = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "openai-retries");
            t.setDaemon(true);
            return t;
        });
        this.backoff = new Backoff(config.retryBaseDelay(), new Random());
    }

    /** The base URL without a trailing {@code /v1}, so paths are written once. */
    private static HttpUrl root(BackendConfig config) {
        String s = config.baseUrl().toString().replaceAll("/+$", "");
        s = s.endsWith("/v1") ? s.substring(0, s.length() - 3) : s;
        HttpUrl url = HttpUrl.parse(s + "/");
        if (url == null) {
            throw new IllegalArgumentException("not an http(s) URL: " + config.endpointForRecord());
        }
        return url;
    }

    HttpUrl url(String path) {
        return root.resolve(path);
    }

    /** The chat completions URL, resolved once. */
    HttpUrl chatUrl() {
        return chatUrl;
    }

    /** The (text) completions URL, resolved once. */
    HttpUrl completionsUrl() {
        return completionsUrl;
    }

    OkHttpClient http() {
        return http;
    }

    BackendConfig config() {
        return config;
    }

    ServerIdentity knownIdentity() {
        return identity;
    }

    /** Schedules a retry; the scheduler only waits, the request itself runs on the HTTP dispatcher. */
    void later(Duration delay, Runnable retry) {
        retries.schedule(retry, delay.toMillis(), TimeUnit.MILLISECONDS);
    }

    Backoff backoff() {
        return backoff;
    }

    @Override
    public ServerIdentity health() {
        List<ModelInfo> models = models();
        String owner = models.isEmpty() ? null : models.get(0).ownedBy();
        String name = serverName(owner);
        String version = "vllm".equals(name) ? vllmVersion() : null;
        ServerIdentity id = new ServerIdentity(name, version, models.size() == 1 ? models.get(0).id() : null);
        identity = id;
        return id;
    }

    /** The server family from {@code owned_by}, the only identity every OpenAI-compatible server gives. */
    private static String serverName(String owner) {
        if (owner == null) {
            return null;
        }
        return switch (owner.toLowerCase(Locale.ROOT)) {
            case "vllm" -> "vllm";
            case "sglang" -> "sglang";
            case "llamacpp" -> "llama.cpp";
            case "library", "ollama" -> "ollama";
            default -> owner;
        };
    }

    private String vllmVersion() {
        try {
            return get("version").path("version").asText(null);
        } catch (BackendException notThere) {
            return null;
        }
    }

    @Override
    public List<ModelInfo> models() {
        JsonNode body = get("v1/models");
        List<ModelInfo> out = new ArrayList<>();
        for (JsonNode m : body.path("data")) {
            JsonNode ctx = m.get("max_model_len");
            out.add(new ModelInfo(m.path("id").asText(), m.path("owned_by").asText(null),
                    ctx != null && ctx.canConvertToInt() ? ctx.asInt() : null));
        }
        return out;
    }

    @Override
    public Capabilities capabilities() {
        ServerIdentity id = identity;
        if (id == null) {
            try {
                id = health();
            } catch (BackendException unknown) {
                id = new ServerIdentity(null, null, null);
            }
        }
        return capabilitiesOf(id);
    }

    /** n &gt; 1 works only on vLLM and SGLang: llama.cpp rejects it and Ollama, TGI and LM Studio ignore it. */
    static Capabilities capabilitiesOf(ServerIdentity id) {
        boolean batchedN = id != null && ("vllm".equals(id.name()) || "sglang".equals(id.name()));
        return new Capabilities(batchedN, true, true, true, true, true);
    }

    @Override
    public Generation generate(GenerationRequest request, GenerationListener listener) {
        GenerationListener safe = listener == null ? GenerationListener.NONE : listener;
        if (request.sampling().n() == 1 || capabilitiesOf(identity).multipleChoices()) {
            return StreamingCall.start(this, request, request.sampling(), safe);
        }
        return FanOut.of(request.sampling(), (one, l) -> StreamingCall.start(this, request, one, l), safe);
    }

    private JsonNode get(String path) {
        Request req = new Request.Builder().url(url(path)).get().build();
        try (Response r = http.newCall(req).execute()) {
            String body = r.body().string();
            if (!r.isSuccessful()) {
                throw new BackendException(BackendException.kindOf(r.code()), r.code(),
                        config.apiKey().redact("HTTP " + r.code() + " from " + path + ": " + ErrorBodies.message(body)));
            }
            return JSON.readTree(body);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new BackendException(BackendException.Kind.PROTOCOL, 200, "unreadable answer from " + path);
        } catch (IOException e) {
            throw new BackendException(BackendException.Kind.NETWORK, 0,
                    config.apiKey().redact("cannot reach " + config.endpointForRecord() + ": " + e.getMessage()));
        }
    }

    @Override
    public void close() {
        retries.shutdownNow();
        http.dispatcher().cancelAll();
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
    }
}
