package io.indaba.app.translate;

import io.indaba.app.common.Messages;
import io.indaba.app.common.ProjectSession;
import io.indaba.core.item.Item;
import io.indaba.core.project.Project;
import io.indaba.core.translate.Glossary;
import io.indaba.core.translate.GlossaryHit;
import io.indaba.core.translate.GlossaryImport;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The glossary terms in the open item's sources (per field, for highlighting) and in the focused field (for the
 * pane and for inserting a term's translation); terms are added from the editor or imported from a file, and the
 * item's terms are looked up again after either.
 */
public final class GlossaryViewModel {

    private final ProjectSession session;
    private final SuggestionSources sources;
    private final ReadOnlyObjectWrapper<Map<String, List<GlossaryHit>>> byField =
            new ReadOnlyObjectWrapper<>(this, "byField", Map.of());
    private final ObservableList<GlossaryHit> hits = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper report = new ReadOnlyStringWrapper(this, "report", "");
    private Item item;
    private String lang;
    private String field;
    private long asked;

    GlossaryViewModel(ProjectSession session, SuggestionSources sources) {
        this.session = session;
        this.sources = sources;
    }

    /** Finds the terms in every field of {@code item}; its translation is into {@code lang}. */
    public void show(Item newItem, String newLang) {
        long ticket = ++asked;
        item = newItem;
        lang = newLang;
        if (newItem == null || newLang == null) {
            byField.set(Map.of());
            hits.clear();
            return;
        }
        session.run(Messages.get("task.translate.glossary"), (project, p) -> find(project, newItem, newLang), found -> {
            if (ticket == asked) {
                byField.set(Map.copyOf(found));
                focus(field);
            }
        }, failure -> report.set(Messages.format("translate.glossary.failed", String.valueOf(failure.getMessage()))));
    }

    private Map<String, List<GlossaryHit>> find(Project project, Item of, String into) {
        Glossary glossary = sources.glossary(project, into);
        Map<String, List<GlossaryHit>> out = new LinkedHashMap<>();
        of.fields().forEach((name, text) -> out.put(name, glossary.find(text)));
        return out;
    }

    /** Shows the terms of the field named {@code name} (null: none). */
    public void focus(String name) {
        field = name;
        // A term found twice in the field is listed once: the list is for picking a translation.
        Map<Long, GlossaryHit> distinct = new LinkedHashMap<>();
        for (GlossaryHit hit : name == null ? List.<GlossaryHit>of() : byField.get().getOrDefault(name, List.of())) {
            distinct.putIfAbsent(hit.term().id(), hit);
        }
        hits.setAll(distinct.values());
    }

    /** Adds a term; a blank source or target is refused with a message. */
    public void add(String source, String target, String note) {
        if (source == null || source.isBlank() || target == null || target.isBlank()) {
            report.set(Messages.get("translate.glossary.needsBoth"));
            return;
        }
        String into = lang;
        if (into == null) {
            return;
        }
        session.run(Messages.get("task.translate.glossaryAdd"),
                (project, p) -> sources.glossary(project, into).add(source, target, note), term -> {
                    report.set(Messages.format("translate.glossary.added", term.source(), term.target()));
                    show(item, lang);
                }, failure -> report.set(Messages.format("translate.glossary.failed",
                        String.valueOf(failure.getMessage()))));
    }

    /** Imports a CSV, TSV or TBX glossary into the current language, all or nothing, and reports in one line. */
    public void importFile(Path file) {
        String into = lang;
        if (into == null) {
            return;
        }
        report.set(Messages.format("translate.glossary.importing", file.getFileName()));
        session.run(Messages.get("task.translate.glossaryImport"),
                (project, p) -> sources.glossary(project, into).importFile(file), done -> {
                    report.set(reportOf(done));
                    show(item, lang);
                }, failure -> report.set(Messages.format("translate.glossary.failed",
                        String.valueOf(failure.getMessage()))));
    }

    private static String reportOf(GlossaryImport done) {
        return Messages.format("translate.glossary.imported", done.added(), done.duplicates(), done.skipped());
    }

    /** The translation of the {@code n}-th term of the focused field (0-based), or null. */
    public String target(int n) {
        return n >= 0 && n < hits.size() ? hits.get(n).term().target() : null;
    }

    /** The terms found per field of the open item, replaced as a whole. */
    public ReadOnlyObjectProperty<Map<String, List<GlossaryHit>>> byFieldProperty() {
        return byField.getReadOnlyProperty();
    }

    /** The terms of the focused field, by position. */
    public ObservableList<GlossaryHit> hits() {
        return hits;
    }

    /** The outcome of the last add or import, in one line, or empty. */
    public ReadOnlyStringProperty reportProperty() {
        return report.getReadOnlyProperty();
    }
}
