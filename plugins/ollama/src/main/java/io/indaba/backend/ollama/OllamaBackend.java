package io.indaba.backend.ollama;

import io.indaba.plugin.BackendConfig;
import io.indaba.plugin.BackendDescriptor;
import io.indaba.plugin.InferenceBackend;
import io.indaba.plugin.InferenceClient;

/** Ollama's native API, the only way to set {@code num_ctx} and to get its own durations. */
public final class OllamaBackend implements InferenceBackend {

    /** The id recorded on every candidate this back-end makes. */
    public static final String ID = "ollama";

    @Override
    public BackendDescriptor descriptor() {
        return new BackendDescriptor(ID, "Ollama (native API)", "ollama", SPI_VERSION);
    }

    @Override
    public InferenceClient connect(BackendConfig config) {
        return new OllamaClient(config);
    }
}
