package io.indaba.plugin;

import java.util.List;

/** A connection to one inference endpoint: identity, models, and streamed generation. Thread-safe. */
public interface InferenceClient extends AutoCloseable {

    /** Asks the server who it is; fails with a {@link BackendException} when it is down or refuses. */
    ServerIdentity health();

    /** The models the server offers. */
    List<ModelInfo> models();

    /** What requests this server takes; may ask the server once and remember. */
    Capabilities capabilities();

    /**
     * Starts one request. Events reach {@code listener} on the client's threads as they arrive; the returned handle
     * completes with the whole result or fails with a {@link BackendException}, and {@link Generation#cancel()}
     * closes the socket.
     */
    Generation generate(GenerationRequest request, GenerationListener listener);

    /** Stops the client's threads and connections; requests still open are cancelled. */
    @Override
    void close();
}
