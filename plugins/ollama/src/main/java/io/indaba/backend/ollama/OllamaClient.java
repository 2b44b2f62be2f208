package io.indaba.backend.ollama;

import com.fasterxml.jackson.databind.JsonNode;
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

/** One Ollama server, with an HTTP client sized to the configured number of requests in flight. */
final class OllamaClient implements InferenceClient {

    private final BackendConfig config;
    private final HttpUrl root;
    private final OkHttpClient http;
    private final ScheduledExecutorService retries;
    private final Backoff backoff;
    private volatile ServerIdentity identity;

    OllamaClient(BackendConfig config) {
        this.config = config;
        String s = config.baseUrl().toString().replaceAll("/+$", "");
        HttpUrl url = HttpUrl.parse((s.endsWith("/api") ? s.substring(0, s.length() - 4) : s) + "/");
        if (url == null) {
            throw new IllegalArgumentException("not an http(s) URL: " + config.endpointForRecord());
        }
        this.root = url;
        Dispatcher dispatcher = new Dispatcher();
        dispatcher.setMaxRequests(config.maxInFlight());
        dispatcher.setMaxRequestsPerHost(config.maxInFlight());
        this.http = new OkHttpClient.Builder()
                .dispatcher(dispatcher)
                .connectionPool(new ConnectionPool(config.maxInFlight(), 5, TimeUnit.MINUTES))
                .connectTimeout(config.connectTimeout())
                .readTimeout(config.readTimeout()) // loading a model into memory can take minutes
                .writeTimeout(Duration.ofMinutes(1))
                .addInterceptor(chain -> {
                    Request.Builder b = chain.request().newBuilder();
                    config.headers().forEach(b::header);
                    if (config.apiKey().present()) {
                        b.header("Authorization", "Bearer " + config.apiKey().reveal()); // for a proxy in front
                    }
                    return chain.proceed(b.build());
                })
                .build();
        this.retries = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "ollama-retries");
            t.setDaemon(true);
            return t;
        });
        this.backoff = new Backoff(config.retryBaseDelay(), new Random());
    }

    HttpUrl url(String path) {
        return root.resolve(path);
    }

    OkHttpClient http() {
        return http;
    }

    BackendConfig config() {
        return config;
    }

    Backoff backoff() {
        return backoff;
    }

    ServerIdentity knownIdentity() {
        return identity;
    }

    void later(Duration delay, Runnable retry) {
        retries.schedule(retry, delay.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public ServerIdentity health() {
        ServerIdentity id = new ServerIdentity("ollama", get("api/version").path("version").asText(null), null);
        identity = id;
        return id;
    }

    @Override
    public List<ModelInfo> models() {
        List<ModelInfo> out = new ArrayList<>();
        for (JsonNode m : get("api/tags").path("models")) {
            out.add(new ModelInfo(m.path("name").asText(), null, null));
        }
        return out;
    }

    /** Ollama ignores n, honours seed, and streams both chat and completions. */
    @Override
    public Capabilities capabilities() {
        return new Capabilities(false, true, false, true, true, true);
    }

    @Override
    public Generation generate(GenerationRequest request, GenerationListener listener) {
        GenerationListener safe = listener == null ? GenerationListener.NONE : listener;
        if (request.sampling().n() == 1) {
            return OllamaCall.start(this, request, request.sampling(), safe);
        }
        return FanOut.of(request.sampling(), (one, l) -> OllamaCall.start(this, request, one, l), safe);
    }

    private JsonNode get(String path) {
        Request req = new Request.Builder().url(url(path)).get().build();
        try (Response r = http.newCall(req).execute()) {
            String body = r.body().string();
            if (!r.isSuccessful()) {
                throw new BackendException(BackendException.kindOf(r.code()), r.code(),
                        config.apiKey().redact("HTTP " + r.code() + " from " + path + ": " + OllamaBodies.error(body)));
            }
            return OllamaBodies.JSON.readTree(body);
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
