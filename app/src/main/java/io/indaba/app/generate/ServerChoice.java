package io.indaba.app.generate;

import io.indaba.app.common.Messages;
import io.indaba.app.backends.SavedServer;
import io.indaba.core.generate.ServerPreset;

/**
 * An entry of the dialog's server picker: a server saved in the Back-ends settings (with its key) or a preset
 * (a known server at its usual local address).
 */
public record ServerChoice(SavedServer saved, ServerPreset preset) {

    public static ServerChoice of(SavedServer saved) {
        return new ServerChoice(saved, null);
    }

    public static ServerChoice of(ServerPreset preset) {
        return new ServerChoice(null, preset);
    }

    public String baseUrl() {
        return saved != null ? saved.baseUrl() : preset.baseUrl();
    }

    public String protocol() {
        return saved != null ? saved.protocol() : preset.protocol();
    }

    /** What the preset says about the server (a saved server's preset's notes), or empty. */
    public String notes() {
        ServerPreset p = preset != null ? preset : saved.preset() == null ? null
                : ServerPreset.byId(saved.preset()).orElse(null);
        return p == null ? "" : p.notes();
    }

    @Override
    public String toString() {
        return saved != null ? Messages.format("generate.savedServer", saved.name())
                : Messages.format("generate.presetServer", preset.name());
    }
}
