package io.indaba.app.project.packages;

import io.indaba.app.common.Messages;
import io.indaba.app.project.OpenFailure;
import io.indaba.app.common.ProjectSession;
import io.indaba.app.tasks.BackgroundTask;
import io.indaba.core.prefer.Annotator;
import io.indaba.core.packages.AnnotatorPackage;
import io.indaba.core.packages.PackageContents;
import java.nio.file.Path;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * File ▸ Export annotator package…: one annotator and a file; writes the package (their items, candidates and
 * earlier judgements, nothing of anyone else) in the background and says what went in.
 */
public final class PackageExportViewModel {

    private final ProjectSession session;
    private final ObservableList<Annotator> annotators = FXCollections.observableArrayList();
    private final ObjectProperty<Annotator> annotator = new SimpleObjectProperty<>(this, "annotator");
    private final ObjectProperty<Path> output = new SimpleObjectProperty<>(this, "output");
    private final ReadOnlyObjectWrapper<BackgroundTask> task = new ReadOnlyObjectWrapper<>(this, "task");
    private final ReadOnlyStringWrapper report = new ReadOnlyStringWrapper(this, "report", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    // Until the user picks a file the name follows the annotator.
    private boolean outputChosen;

    public PackageExportViewModel(ProjectSession session) {
        this.session = session;
        annotator.addListener((o, was, now) -> suggestOutput());
        session.run(Messages.get("task.packageAnnotators"), (project, progress) -> project.annotators().all(), all -> {
            annotators.setAll(all);
            if (all.isEmpty()) {
                error.set(Messages.get("package.noAnnotators"));
            } else if (annotator.get() == null) {
                annotator.set(all.get(0));
            }
        }, failed -> error.set(OpenFailure.reasonOf(failed)));
    }

    /** The project's annotator profiles (filled in once read from the project). */
    public ObservableList<Annotator> annotators() {
        return annotators;
    }

    public ObjectProperty<Annotator> annotatorProperty() {
        return annotator;
    }

    /** The package file to write; it must not exist yet. */
    public ReadOnlyObjectProperty<Path> outputProperty() {
        return output;
    }

    /** The user picked {@code path}; it is kept when another annotator is chosen. */
    public void chooseOutput(Path path) {
        outputChosen = path != null;
        output.set(path);
        if (!outputChosen) {
            suggestOutput();
        }
    }

    /** True while an annotator and a file are chosen and no export runs. */
    public BooleanBinding ready() {
        return Bindings.createBooleanBinding(() -> annotator.get() != null && output.get() != null && task.get() == null,
                annotator, output, task);
    }

    /** The running export, or null. */
    public ReadOnlyObjectProperty<BackgroundTask> taskProperty() {
        return task.getReadOnlyProperty();
    }

    /** What went into the last package. */
    public ReadOnlyStringProperty reportProperty() {
        return report.getReadOnlyProperty();
    }

    /** Why the last export failed, in one line, or empty. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** Writes the package; does nothing while one is being written. */
    public void start() {
        if (task.get() != null) {
            return;
        }
        report.set("");
        Annotator who = annotator.get();
        Path out = output.get();
        if (who == null || out == null) {
            error.set(Messages.get(who == null ? "package.chooseAnnotator" : "package.chooseFile"));
            return;
        }
        error.set("");
        BackgroundTask started = session.run(Messages.format("task.packageExport", who.id()),
                (project, progress) -> AnnotatorPackage.export(project, who.id(), out), done -> {
                    task.set(null);
                    report.set(describe(done));
                }, failed -> {
                    task.set(null);
                    error.set(OpenFailure.reasonOf(failed));
                });
        // With an executor that runs on the calling thread the task may already be over.
        if (started.runningProperty().get()) {
            task.set(started);
        }
    }

    private void suggestOutput() {
        Annotator who = annotator.get();
        if (outputChosen || who == null) {
            return;
        }
        Path project = session.file().toAbsolutePath();
        String stem = project.getFileName().toString().replaceFirst("\\.indaba$", "");
        // Annotator ids are pseudonyms chosen by people; keep the file name to characters every file system takes.
        String id = who.id().replaceAll("[^\\p{L}\\p{N}._-]", "_");
        output.set(project.resolveSibling(stem + "-" + id + ".indaba"));
    }

    private static String describe(PackageContents done) {
        StringBuilder text = new StringBuilder(Messages.format("package.exported", done.annotatorId(), done.file(),
                done.items(), done.candidates(), done.judgements()));
        if (done.assignedByLanguage()) {
            text.append('\n').append(Messages.format("package.byLanguage", done.annotatorId()));
        }
        if (done.items() == 0) {
            text.append('\n').append(Messages.format("package.empty", done.annotatorId()));
        }
        return text.toString();
    }
}
