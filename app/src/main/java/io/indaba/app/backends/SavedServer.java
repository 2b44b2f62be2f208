package io.indaba.app.backends;

import io.indaba.core.generate.ServerPreset;
import io.indaba.plugin.ApiKey;
import io.indaba.plugin.BackendConfig;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Map;

/**
 * An inference server the user saved in the Back-ends settings. The key is held as an {@link ApiKey}, whose
 * {@code toString} never shows it, so printing a server (a log line, an error) cannot leak it.
 *
 * @param name     what the user calls it, unique among the saved servers
 * @param preset   the preset it started from, or null
 * @param baseUrl  the server root
 * @param protocol {@code openai} or {@code ollama}
 * @param key      the key stored in the settings file, or {@link ApiKey#NONE}
 * @param keyEnv   an environment variable to read the key from instead, or empty
 */
public record SavedServer(String name, String preset, String baseUrl, String protocol, ApiKey key, String keyEnv) {

    public SavedServer {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a server needs a name");
        }
        name = name.strip();
        baseUrl = baseUrl == null ? "" : baseUrl.strip();
        protocol = protocol == null || protocol.isBlank() ? "openai" : protocol.strip();
        key = key == null ? ApiKey.NONE : key;
        keyEnv = keyEnv == null ? "" : keyEnv.strip();
    }

    /** A server with a preset's address and protocol and no key. */
    public static SavedServer of(ServerPreset preset) {
        return new SavedServer(preset.name(), preset.id(), preset.baseUrl(), preset.protocol(), ApiKey.NONE, "");
    }

    /** The key to send: the environment variable's when one is named, else the stored one. */
    public ApiKey apiKey(Map<String, String> environment) {
        return keyEnv.isEmpty() ? key : ApiKey.fromEnvironment(keyEnv, environment);
    }

    /** How to reach it, with the key read now. */
    public BackendConfig config(Map<String, String> environment, int maxInFlight) {
        return BackendConfig.of(uri(baseUrl), apiKey(environment), maxInFlight);
    }

    /** The address as recorded with a draft or candidate: no user info, no query, never the key. */
    public String endpointForRecord() {
        return BackendConfig.of(uri(baseUrl), ApiKey.NONE, 1).endpointForRecord();
    }

    /** {@code url} as a URI, or a message saying what is wrong with it. */
    public static URI uri(String url) {
        URI uri;
        try {
            uri = new URI(url == null ? "" : url.strip());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("the server address is not a URL: " + e.getReason());
        }
        if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme()) || uri.getHost() == null) {
            throw new IllegalArgumentException("the server address must be an http:// or https:// URL with a host, "
                    + "e.g. http://localhost:8000");
        }
        return uri;
    }

    @Override
    public String toString() {
        return name;
    }
}
