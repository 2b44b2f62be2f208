package io.indaba.plugin;

/**
 * What a back-end plugin says about itself.
 *
 * @param id          stable id recorded on every candidate it makes, e.g. {@code openai-compatible}
 * @param displayName the name shown to users
 * @param protocol    the wire protocol family, e.g. {@code openai} or {@code ollama}; the CLI's {@code --protocol}
 * @param spiVersion  the {@link InferenceBackend#SPI_VERSION} the plugin was built against
 */
public record BackendDescriptor(String id, String displayName, String protocol, int spiVersion) {
    public BackendDescriptor {
        if (id == null || id.isBlank() || protocol == null || protocol.isBlank()) {
            throw new IllegalArgumentException("a back-end needs an id and a protocol");
        }
        displayName = displayName == null || displayName.isBlank() ? id : displayName;
    }
}
