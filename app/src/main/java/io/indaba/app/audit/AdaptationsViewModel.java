package io.indaba.app.audit;

import io.indaba.app.common.Messages;
import io.indaba.app.prefer.ProjectAccess;
import io.indaba.core.audit.AdaptationSuggestion;
import io.indaba.core.audit.AdaptationSuggestions;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The lead's side of suggested adaptations in one language: open suggestions first, each with the translation it
 * would replace; accepting saves it as a translation revision with origin {@code adaptation}, rejecting needs a
 * reason. Decided suggestions stay listed, marked.
 */
public final class AdaptationsViewModel {

    private final ProjectAccess access;
    private final String lang;
    private final String lead;
    private final ObservableList<AdaptationSuggestion> suggestions = FXCollections.observableArrayList();
    private final ObjectProperty<AdaptationSuggestion> selected = new SimpleObjectProperty<>();
    private final StringProperty reason = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");

    public AdaptationsViewModel(ProjectAccess access, String lang, String lead) {
        this.access = access;
        this.lang = lang;
        this.lead = lead;
    }

    /** Loads the suggestions, keeping the selection where it can. */
    public void load() {
        access.run(Messages.get("audit.loading"), p -> new AdaptationSuggestions(p.database()).list(lang), list -> {
            long keep = selected.get() == null ? -1 : selected.get().id();
            suggestions.setAll(list);
            selected.set(list.stream().filter(s -> s.id() == keep).findFirst()
                    .orElse(list.stream().filter(AdaptationSuggestion::open).findFirst().orElse(null)));
            message.set(list.isEmpty() ? Messages.get("audit.adapt.none") : "");
        }, e -> message.set(Messages.format("audit.loadFailed", e.getMessage())));
    }

    /** Accepts the selected open suggestion: it becomes the field's translation, origin adaptation. */
    public boolean accept() {
        AdaptationSuggestion s = selected.get();
        if (s == null || !s.open()) {
            return false;
        }
        String why = reason.get();
        access.run(Messages.get("audit.adapt.saving"), p -> new AdaptationSuggestions(p.database())
                .accept(s.id(), lead, why), done -> decided(Messages.format("audit.adapt.accepted", s.externalId(),
                        s.field())), this::failed);
        return true;
    }

    /** Rejects the selected open suggestion; a reason is required. */
    public boolean reject() {
        AdaptationSuggestion s = selected.get();
        if (s == null || !s.open()) {
            return false;
        }
        if (reason.get() == null || reason.get().isBlank()) {
            message.set(Messages.get("audit.adapt.reasonRequired"));
            return false;
        }
        String why = reason.get();
        access.run(Messages.get("audit.adapt.saving"), p -> new AdaptationSuggestions(p.database())
                .reject(s.id(), lead, why), done -> decided(Messages.format("audit.adapt.rejected", s.externalId(),
                        s.field())), this::failed);
        return true;
    }

    private void decided(String text) {
        reason.set("");
        load();
        message.set(text);
    }

    private void failed(Throwable e) {
        message.set(Messages.format("audit.adapt.failed", e.getMessage()));
    }

    public ObservableList<AdaptationSuggestion> suggestions() {
        return suggestions;
    }

    /** Open suggestions, for a count beside the tab. */
    public long openCount() {
        return suggestions.stream().filter(AdaptationSuggestion::open).count();
    }

    public ObjectProperty<AdaptationSuggestion> selectedProperty() {
        return selected;
    }

    public StringProperty reasonProperty() {
        return reason;
    }

    public StringProperty messageProperty() {
        return message;
    }

    /** The language the suggestions are in. */
    public String lang() {
        return lang;
    }

    List<AdaptationSuggestion> open() {
        return suggestions.stream().filter(AdaptationSuggestion::open).toList();
    }
}
