package io.indaba.app.backends;

import io.indaba.core.generate.ServerPreset;
import io.indaba.plugin.ApiKey;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** One saved server as the settings page edits it; picking a preset fills in its address and protocol. */
public final class ServerRow {

    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final ObjectProperty<ServerPreset> preset = new SimpleObjectProperty<>(this, "preset");
    private final StringProperty url = new SimpleStringProperty(this, "url", "");
    private final ObjectProperty<String> protocol = new SimpleObjectProperty<>(this, "protocol", "openai");
    private final StringProperty key = new SimpleStringProperty(this, "key", "");
    private final StringProperty keyEnv = new SimpleStringProperty(this, "keyEnv", "");

    ServerRow(SavedServer s) {
        name.set(s.name());
        preset.set(s.preset() == null ? null : ServerPreset.byId(s.preset()).orElse(null));
        url.set(s.baseUrl());
        protocol.set(s.protocol());
        key.set(s.key().reveal());
        keyEnv.set(s.keyEnv());
        preset.addListener((o, was, now) -> {
            if (now != null) {
                url.set(now.baseUrl());
                protocol.set(now.protocol());
            }
        });
    }

    /** The server as saved; fails with a one-line reason when a field is wrong. */
    SavedServer toServer() {
        SavedServer.uri(url.get());
        return new SavedServer(name.get(), preset.get() == null ? null : preset.get().id(), url.get(), protocol.get(),
                ApiKey.of(key.get()), keyEnv.get());
    }

    public StringProperty nameProperty() {
        return name;
    }

    public ObjectProperty<ServerPreset> presetProperty() {
        return preset;
    }

    public StringProperty urlProperty() {
        return url;
    }

    public ObjectProperty<String> protocolProperty() {
        return protocol;
    }

    /** The key as typed; shown only in a password field, never printed. */
    public StringProperty keyProperty() {
        return key;
    }

    public StringProperty keyEnvProperty() {
        return keyEnv;
    }

    @Override
    public String toString() {
        return name.get(); // never the key
    }
}
