package io.indaba.app.backends;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** One LLM drafter choice as the settings page edits it. */
public final class DrafterRow {

    private final StringProperty pair = new SimpleStringProperty(this, "pair", "*");
    private final StringProperty server = new SimpleStringProperty(this, "server", "");
    private final StringProperty model = new SimpleStringProperty(this, "model", "");
    private final StringProperty prompt = new SimpleStringProperty(this, "prompt", "");

    DrafterRow(DrafterChoice d) {
        pair.set(d.pair());
        server.set(d.server());
        model.set(d.model());
        prompt.set(d.prompt());
    }

    DrafterRow(String server) {
        this.server.set(server);
    }

    DrafterChoice toChoice() {
        return new DrafterChoice(pair.get(), server.get(), model.get(), prompt.get());
    }

    public StringProperty pairProperty() {
        return pair;
    }

    public StringProperty serverProperty() {
        return server;
    }

    public StringProperty modelProperty() {
        return model;
    }

    public StringProperty promptProperty() {
        return prompt;
    }

    @Override
    public String toString() {
        return pair.get() + " · " + model.get() + " @ " + server.get();
    }
}
