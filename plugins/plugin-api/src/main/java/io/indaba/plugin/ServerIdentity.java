package io.indaba.plugin;

/**
 * Who answered: a server name such as {@code vllm} or {@code ollama}, its version and the model it has loaded,
 * each null where the server does not say.
 */
public record ServerIdentity(String name, String version, String loadedModel) {

    /** "vllm 0.10.1" or "unknown server". */
    public String label() {
        String n = name == null ? "unknown server" : name;
        return version == null ? n : n + " " + version;
    }
}
