package io.indaba.plugin;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;

/**
 * How to reach one endpoint.
 *
 * @param baseUrl        the server root, e.g. {@code http://localhost:8000} (a trailing {@code /v1} is accepted)
 * @param apiKey         the key sent as a bearer token, or {@link ApiKey#NONE}
 * @param headers        extra request headers; their values are treated as secrets too and never printed
 * @param connectTimeout time to open a connection
 * @param readTimeout    longest silence between bytes; long, because a long prompt's prefill sends nothing
 * @param maxInFlight    requests open at once against this endpoint; the HTTP client is sized to it
 * @param maxRetries     retries of an overloaded or unreachable server before a request fails
 * @param retryBaseDelay the first back-off step; later steps double, with full jitter
 */
public record BackendConfig(URI baseUrl, ApiKey apiKey, Map<String, String> headers, Duration connectTimeout,
                            Duration readTimeout, int maxInFlight, int maxRetries, Duration retryBaseDelay) {

    /** Connections open fast or not at all; prefill of a long prompt on a busy GPU can take minutes. */
    public static final Duration DEFAULT_CONNECT = Duration.ofSeconds(10);
    public static final Duration DEFAULT_READ = Duration.ofMinutes(10);

    public BackendConfig {
        if (baseUrl == null || baseUrl.getScheme() == null || baseUrl.getHost() == null) {
            throw new IllegalArgumentException("the endpoint must be an http(s) URL with a host, e.g. http://localhost:8000");
        }
        if (maxInFlight < 1) {
            throw new IllegalArgumentException("at least one request must be allowed in flight");
        }
        apiKey = apiKey == null ? ApiKey.NONE : apiKey;
        headers = headers == null ? Map.of() : Map.copyOf(headers);
        connectTimeout = connectTimeout == null ? DEFAULT_CONNECT : connectTimeout;
        readTimeout = readTimeout == null ? DEFAULT_READ : readTimeout;
        retryBaseDelay = retryBaseDelay == null ? Duration.ofMillis(500) : retryBaseDelay;
        maxRetries = Math.max(0, maxRetries);
    }

    /** Defaults for everything but the URL, the key and the concurrency. */
    public static BackendConfig of(URI baseUrl, ApiKey apiKey, int maxInFlight) {
        return new BackendConfig(baseUrl, apiKey, Map.of(), null, null, maxInFlight, 5, null);
    }

    /** The URL without user info, query or fragment: safe to store with a candidate. */
    public String endpointForRecord() {
        return baseUrl.getScheme() + "://" + baseUrl.getHost() + (baseUrl.getPort() < 0 ? "" : ":" + baseUrl.getPort())
                + (baseUrl.getPath() == null ? "" : baseUrl.getPath());
    }

    @Override
    public String toString() {
        Map<String, String> shown = new TreeMap<>();
        headers.keySet().forEach(k -> shown.put(k, "[redacted]"));
        return "BackendConfig[" + endpointForRecord() + ", " + apiKey + ", headers=" + shown + ", maxInFlight="
                + maxInFlight + "]";
    }
}
