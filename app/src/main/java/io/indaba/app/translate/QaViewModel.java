package io.indaba.app.translate;

import io.indaba.app.Messages;
import io.indaba.app.project.ProjectSession;
import io.indaba.core.item.Item;
import io.indaba.core.qa.QaCheckRegistry;
import io.indaba.core.translate.Translation;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The QA findings of the item being edited, re-checked in the background after each save; F8 walks through them
 * and a finding with a safe fix can be applied with one key.
 */
public final class QaViewModel {

    private final ProjectSession session;
    private final ObservableList<ItemChecks.Finding> findings = FXCollections.observableArrayList();
    private final IntegerProperty current = new SimpleIntegerProperty(this, "current", -1);
    private long asked;

    public QaViewModel(ProjectSession session) {
        this.session = session;
    }

    /** Checks the item as stored in {@code lang}. */
    public void check(Item item, String lang) {
        long ticket = ++asked;
        session.run(Messages.get("task.translate.qa"), (project, p) -> {
            Map<String, String> targets = new LinkedHashMap<>();
            for (Translation t : project.translations().forItem(item.id(), lang).values()) {
                targets.put(t.field(), t.text());
            }
            return ItemChecks.check(item, lang, targets);
        }, found -> {
            if (ticket == asked) {
                findings.setAll(found);
                current.set(-1);
            }
        }, failure -> findings.clear());
    }

    /** Moves to the next finding (wrapping) and returns it, or null when there is none. */
    public ItemChecks.Finding next() {
        if (findings.isEmpty()) {
            return null;
        }
        current.set((current.get() + 1) % findings.size());
        return findings.get(current.get());
    }

    /** The finding F8 last moved to, or null. */
    public ItemChecks.Finding currentFinding() {
        int i = current.get();
        return i >= 0 && i < findings.size() ? findings.get(i) : null;
    }

    /** The ids of every check, for the list's "has finding" filter. */
    public static List<String> checkIds() {
        return QaCheckRegistry.standard().ids();
    }

    /** The findings, in check order. */
    public ObservableList<ItemChecks.Finding> findings() {
        return findings;
    }

    /** The index of the finding F8 moved to, -1 before the first press. */
    public IntegerProperty currentProperty() {
        return current;
    }
}
