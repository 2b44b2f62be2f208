package io.indaba.app.audit;

import io.indaba.app.common.Messages;
import io.indaba.app.prefer.ProjectAccess;
import io.indaba.app.translate.HistoryViewModel;
import io.indaba.core.audit.AuditTask;
import io.indaba.core.item.Item;
import io.indaba.core.project.Project;
import io.indaba.core.translate.Translation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * What the reviewer has at hand beside the audited item: its Winogrande twin (found as the translation editor finds
 * it, through the item's {@code twin} link) with the twin's translation, and the revision history of one translated
 * field, shown by the editor's {@link HistoryViewModel}.
 */
public final class AuditContextViewModel {

    /** The twin and the translated fields of one item, read in one go. */
    private record Context(long itemId, Map<String, Translation> translations, String twinId, String twinText) {
    }

    private final ProjectAccess access;
    private final String lang;
    private final HistoryViewModel history;
    private final StringProperty twinId = new SimpleStringProperty("");
    private final StringProperty twinText = new SimpleStringProperty("");
    private final ObservableList<String> fields = FXCollections.observableArrayList();
    private final StringProperty historyField = new SimpleStringProperty();
    private Map<String, Translation> translations = Map.of();
    private long asked;

    public AuditContextViewModel(ProjectAccess access, String lang) {
        this.access = access;
        this.lang = lang;
        this.history = new HistoryViewModel(access);
        historyField.addListener((o, was, now) -> showHistory());
    }

    /** Loads the context of {@code task} (nothing for null); an answer for an item left since is dropped. */
    public void show(AuditTask task) {
        long id = task == null ? 0 : task.item().id();
        asked = id;
        if (task == null) {
            apply(new Context(0, Map.of(), "", ""));
            return;
        }
        Item item = task.item();
        access.run(Messages.get("audit.context.loading"), p -> read(p, item), c -> {
            if (asked == c.itemId()) {
                apply(c);
            }
        }, e -> {
            if (asked == id) {
                apply(new Context(id, Map.of(), "", ""));
            }
        });
    }

    private Context read(Project p, Item item) {
        Map<String, Translation> own = new LinkedHashMap<>();
        Map<String, Translation> found = p.translations().forItem(item.id(), lang);
        for (String field : item.fields().keySet()) { // the item's field order
            if (found.containsKey(field)) {
                own.put(field, found.get(field));
            }
        }
        found.forEach(own::putIfAbsent);
        List<Long> twins = p.items().links(item.id(), "twin");
        Item twin = twins.isEmpty() ? null : p.items().byId(twins.get(0)).orElse(null);
        if (twin == null) {
            return new Context(item.id(), own, "", "");
        }
        Map<String, Translation> theirs = p.translations().forItem(twin.id(), lang);
        StringBuilder text = new StringBuilder();
        twin.fields().forEach((field, source) -> {
            Translation t = theirs.get(field);
            text.append(field).append(": ").append(source).append('\n').append(lang).append(": ")
                    .append(t == null ? Messages.get("audit.context.untranslated") : t.text()).append("\n\n");
        });
        return new Context(item.id(), own, twin.externalId(), text.toString().strip());
    }

    private void apply(Context c) {
        translations = c.translations();
        twinId.set(c.twinId());
        twinText.set(c.twinText());
        String keep = historyField.get();
        fields.setAll(new ArrayList<>(translations.keySet()));
        String next = fields.contains(keep) ? keep : fields.isEmpty() ? null : fields.get(0);
        if (next != null && next.equals(historyField.get())) {
            showHistory();
        } else {
            historyField.set(next);
        }
    }

    private void showHistory() {
        Translation t = historyField.get() == null ? null : translations.get(historyField.get());
        history.showTranslation(t == null ? 0 : t.id(), t == null ? "" : t.text());
    }

    /** The history of the chosen field, newest first, diffed against its current text. */
    public HistoryViewModel history() {
        return history;
    }

    /** The translated fields of the item, whose history can be shown. */
    public ObservableList<String> fields() {
        return fields;
    }

    /** The field whose history is shown. */
    public StringProperty historyFieldProperty() {
        return historyField;
    }

    /** The twin's external id, empty when the item has no twin. */
    public StringProperty twinIdProperty() {
        return twinId;
    }

    /** The twin's fields with their translations, empty when the item has no twin. */
    public StringProperty twinTextProperty() {
        return twinText;
    }
}
