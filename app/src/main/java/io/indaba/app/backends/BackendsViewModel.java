package io.indaba.app.backends;

import io.indaba.app.common.Messages;
import io.indaba.app.project.OpenFailure;
import io.indaba.app.tasks.Tasks;
import io.indaba.core.generate.BackendPlugin;
import io.indaba.core.generate.ServerPreset;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Back-ends settings page: the plugins found at start-up (disabled ones with their reason), the user's servers
 * with their keys, and the LLM drafter per language pair. Saving writes the user-only settings file in the
 * background and hands the new settings to the running workbench.
 */
public final class BackendsViewModel {

    private final BackendServices services;
    private final Tasks tasks;
    private final ObservableList<ServerRow> servers = FXCollections.observableArrayList();
    private final ObservableList<DrafterRow> drafters = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");

    public BackendsViewModel(BackendServices services, Tasks tasks) {
        this.services = services;
        this.tasks = tasks;
        services.settings().servers().forEach(s -> servers.add(new ServerRow(s)));
        services.settings().drafters().forEach(d -> drafters.add(new DrafterRow(d)));
    }

    /** One line per plugin: enabled with protocol and origin, or disabled with the reason. */
    public List<String> plugins() {
        List<String> lines = new ArrayList<>();
        for (BackendPlugin p : services.backends().all()) {
            lines.add(p.isEnabled() ? Messages.format("backends.pluginEnabled", p.displayName(), p.protocol(), p.origin())
                    : Messages.format("backends.pluginDisabled", p.name(), p.reason(), p.origin()));
        }
        return lines;
    }

    public List<String> protocols() {
        return services.backends().protocols();
    }

    public ObservableList<ServerRow> servers() {
        return servers;
    }

    public ObservableList<DrafterRow> drafters() {
        return drafters;
    }

    /** Adds a server from {@code preset} (or a blank one), named so no two are alike; returns it. */
    public ServerRow addServer(ServerPreset preset) {
        ServerPreset from = preset == null ? ServerPreset.ALL.get(0) : preset;
        String name = from.name();
        for (int i = 2; names().contains(name); i++) {
            name = from.name() + " " + i;
        }
        SavedServer s = SavedServer.of(from);
        ServerRow row = new ServerRow(new SavedServer(name, s.preset(), s.baseUrl(), s.protocol(), s.key(), s.keyEnv()));
        servers.add(row);
        return row;
    }

    /** Adds a drafter for every pair on the first server; returns it. */
    public DrafterRow addDrafter() {
        DrafterRow row = new DrafterRow(servers.isEmpty() ? "" : servers.get(0).nameProperty().get());
        drafters.add(row);
        return row;
    }

    /** The servers' names, for the drafters' server picker. */
    public List<String> names() {
        return servers.stream().map(r -> r.nameProperty().get()).toList();
    }

    /** Where the settings live. */
    public String file() {
        return services.settings().file().toString();
    }

    /** What the last save did. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Why the last save was refused, in one line, or empty. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** Checks every row and saves; a wrong field is reported in one line and nothing is written. */
    public void save() {
        message.set("");
        BackendSettings next;
        try {
            List<SavedServer> s = servers.stream().map(ServerRow::toServer).toList();
            List<DrafterChoice> d = drafters.stream().map(DrafterRow::toChoice).toList();
            next = services.settings().with(s, d);
        } catch (IllegalArgumentException wrong) {
            error.set(wrong.getMessage());
            return;
        }
        error.set("");
        tasks.submit(Messages.get("backends.save"), progress -> {
            next.save();
            return next;
        }, saved -> {
            services.update(saved);
            message.set(Messages.format("backends.saved", saved.file()));
        }, failed -> error.set(OpenFailure.reasonOf(failed)));
    }
}
