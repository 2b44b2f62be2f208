package io.indaba.app.project;

import io.indaba.app.common.ProjectSession;
import io.indaba.app.common.Messages;
import io.indaba.app.tasks.BackgroundTask;
import io.indaba.core.Cancelled;
import io.indaba.core.base.BadRow;
import io.indaba.core.formats.Formats;
import io.indaba.core.formats.ImportOptions;
import io.indaba.core.formats.ImportReport;
import io.indaba.core.formats.Importer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * File ▸ Import…: a file, a format (detected by default) and whether to skip bad rows; runs the core importer as
 * background work that can be cancelled and then reports what was added, changed and skipped.
 */
public final class ImportViewModel {

    /** The format choice that lets the core detect the format. */
    public static final String AUTO = "auto";

    private static final int SHOWN_BAD_ROWS = 20;

    private final ProjectSession session;
    private final ObjectProperty<Path> file = new SimpleObjectProperty<>(this, "file");
    private final StringProperty format = new SimpleStringProperty(this, "format", AUTO);
    private final BooleanProperty skipBadRows = new SimpleBooleanProperty(this, "skipBadRows");
    private final ReadOnlyObjectWrapper<BackgroundTask> task = new ReadOnlyObjectWrapper<>(this, "task");
    private final ReadOnlyStringWrapper report = new ReadOnlyStringWrapper(this, "report", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");

    public ImportViewModel(ProjectSession session) {
        this.session = session;
    }

    /** "auto" followed by every importer's id. */
    public static List<String> formats() {
        List<String> ids = new ArrayList<>();
        ids.add(AUTO);
        Formats.importers().forEach(i -> ids.add(i.id()));
        return ids;
    }

    /** How a format choice is shown. */
    public static String describe(String formatId) {
        if (AUTO.equals(formatId)) {
            return Messages.get("import.autoDetect");
        }
        return formatId + " — " + Formats.importer(formatId).description();
    }

    public ObjectProperty<Path> fileProperty() {
        return file;
    }

    public StringProperty formatProperty() {
        return format;
    }

    public BooleanProperty skipBadRowsProperty() {
        return skipBadRows;
    }

    /** The running import, or null. */
    public ReadOnlyObjectProperty<BackgroundTask> taskProperty() {
        return task.getReadOnlyProperty();
    }

    /** What the last import did. */
    public ReadOnlyStringProperty reportProperty() {
        return report.getReadOnlyProperty();
    }

    /** Why the last import failed (nothing was kept), or empty. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** Starts the import; does nothing while one runs. */
    public void start() {
        Path input = file.get();
        if (task.get() != null) {
            return;
        }
        report.set("");
        if (input == null) {
            error.set(Messages.get("import.noFile"));
            return;
        }
        error.set("");
        String chosen = format.get();
        boolean skip = skipBadRows.get();
        BackgroundTask started = session.run(Messages.format("task.import", input.getFileName()), (project, progress) -> {
            Importer importer = chosen == null || AUTO.equals(chosen) ? Formats.detect(input) : Formats.importer(chosen);
            return importer.importFile(project, input, new ImportOptions(null, skip, Map.of(), "id", null), progress);
        }, done -> {
            task.set(null);
            report.set(describe(done));
            session.changed();
        }, failed -> {
            task.set(null);
            error.set(failed instanceof Cancelled ? Messages.get("import.cancelled")
                    : OpenFailure.oneLine(String.valueOf(failed.getMessage())));
        });
        // With an executor that runs on the calling thread the task may already be over.
        if (started.runningProperty().get()) {
            task.set(started);
        }
    }

    /** Asks the running import to stop; the core then keeps nothing of it. */
    public void cancel() {
        BackgroundTask running = task.get();
        if (running != null) {
            running.cancel();
        }
    }

    private static String describe(ImportReport done) {
        StringBuilder text = new StringBuilder(Messages.format("import.report", done.format(), done.items().added(),
                done.items().changed(), done.items().unchanged(), done.skipped().size()));
        List<BadRow> skipped = done.skipped();
        for (int i = 0; i < Math.min(SHOWN_BAD_ROWS, skipped.size()); i++) {
            text.append('\n').append(skipped.get(i));
        }
        if (skipped.size() > SHOWN_BAD_ROWS) {
            text.append('\n').append(Messages.format("import.moreSkipped", skipped.size() - SHOWN_BAD_ROWS));
        }
        for (String note : done.notes()) {
            text.append('\n').append(note);
        }
        return text.toString();
    }
}
