package io.indaba.plugin;

/**
 * A family of inference servers (OpenAI-compatible, Ollama native, ...) that Indaba can ask for candidate responses
 * and drafts. Implementations are found with {@link java.util.ServiceLoader}; one instance describes the family and
 * opens a client per configured endpoint.
 */
public interface InferenceBackend {

    /**
     * The SPI version this build of Indaba speaks. A plugin whose {@link BackendDescriptor#spiVersion()} differs was
     * built against another contract and is disabled with that reason rather than called.
     */
    int SPI_VERSION = 1;

    /** Who this back-end is; must not throw and must not touch the network. */
    BackendDescriptor descriptor();

    /** A client for one endpoint; opening it makes no request. The caller closes it. */
    InferenceClient connect(BackendConfig config);
}
