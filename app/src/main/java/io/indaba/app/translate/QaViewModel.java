package io.indaba.app.translate;

import io.indaba.app.common.Messages;
import io.indaba.app.common.ProjectSession;
import io.indaba.core.item.Item;
import io.indaba.core.project.Project;
import io.indaba.core.qa.AnswerChangedCheck;
import io.indaba.core.qa.ProjectQa;
import io.indaba.core.qa.QaCheckRegistry;
import io.indaba.core.qa.QaFinding;
import java.util.List;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The QA findings of the item being edited, re-checked in the background after each save; F8 walks through them
 * and a finding with a safe fix can be applied with one key.
 */
public final class QaViewModel {

    private static final ProjectQa CHECKS = ProjectQa.standard();

    private final ProjectSession session;
    private final ObservableList<QaFinding> findings = FXCollections.observableArrayList();
    private final IntegerProperty current = new SimpleIntegerProperty(this, "current", -1);
    private long asked;

    public QaViewModel(ProjectSession session) {
        this.session = session;
    }

    /** Checks the item as stored in {@code lang}. */
    public void check(Item item, String lang) {
        long ticket = ++asked;
        session.run(Messages.get("task.translate.qa"), (project, p) -> editorFindings(project, item, lang), found -> {
            if (ticket == asked) {
                findings.setAll(found);
                current.set(-1);
            }
        }, failure -> findings.clear());
    }

    /** Moves to the next finding (wrapping) and returns it, or null when there is none. */
    public QaFinding next() {
        if (findings.isEmpty()) {
            return null;
        }
        current.set((current.get() + 1) % findings.size());
        return findings.get(current.get());
    }

    /** The finding F8 last moved to, or null. */
    public QaFinding currentFinding() {
        int i = current.get();
        return i >= 0 && i < findings.size() ? findings.get(i) : null;
    }

    /** Whether {@code item} as stored in {@code lang} has a finding of check {@code checkId}. */
    static boolean has(Project project, Item item, String lang, String checkId) {
        return editorFindings(project, item, lang).stream().anyMatch(f -> f.checkId().equals(checkId));
    }

    // The editor shows the answer key locked and never stores a translated one, so "answer changed" (which looks
    // for an answer delivered with the translation) would flag every item here.
    private static List<QaFinding> editorFindings(Project project, Item item, String lang) {
        return CHECKS.check(project, item, lang).stream()
                .filter(f -> !f.checkId().equals(AnswerChangedCheck.ID)).toList();
    }

    /** The ids of every check, for the list's "has finding" filter. */
    public static List<String> checkIds() {
        return QaCheckRegistry.standard().ids().stream().filter(id -> !id.equals(AnswerChangedCheck.ID)).toList();
    }

    /** The findings, in check order. */
    public ObservableList<QaFinding> findings() {
        return findings;
    }

    /** The index of the finding F8 moved to, -1 before the first press. */
    public IntegerProperty currentProperty() {
        return current;
    }
}
