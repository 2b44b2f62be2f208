package io.indaba.backend.openai;

import io.indaba.plugin.BackendConfig;
import io.indaba.plugin.BackendDescriptor;
import io.indaba.plugin.InferenceBackend;
import io.indaba.plugin.InferenceClient;

/** Servers speaking the OpenAI HTTP API: vLLM, SGLang, llama.cpp server, TGI Messages API, LM Studio, Ollama /v1. */
public final class OpenAiBackend implements InferenceBackend {

    /** The id recorded on every candidate this back-end makes. */
    public static final String ID = "openai-compatible";

    @Override
    public BackendDescriptor descriptor() {
        return new BackendDescriptor(ID, "OpenAI-compatible server", "openai", SPI_VERSION);
    }

    @Override
    public InferenceClient connect(BackendConfig config) {
        return new OpenAiClient(config);
    }
}
