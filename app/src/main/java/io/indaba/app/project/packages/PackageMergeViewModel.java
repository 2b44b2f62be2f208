package io.indaba.app.project.packages;

import io.indaba.app.common.Messages;
import io.indaba.app.project.OpenFailure;
import io.indaba.app.common.ProjectSession;
import io.indaba.app.tasks.BackgroundTask;
import io.indaba.core.packages.AnnotatorPackage;
import io.indaba.core.packages.MergeReport;
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
 * File ▸ Merge returned package…: merges an annotator's returned package by judgement uid and shows what happened:
 * judgements added, identical ones ignored, and every conflict with its uid and the fields that differ. A conflict
 * never overwrites the stored judgement.
 */
public final class PackageMergeViewModel {

    private final ProjectSession session;
    private final ObjectProperty<Path> file = new SimpleObjectProperty<>(this, "file");
    private final ReadOnlyObjectWrapper<BackgroundTask> task = new ReadOnlyObjectWrapper<>(this, "task");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ObservableList<MergeReport.Conflict> conflicts = FXCollections.observableArrayList();
    private final ObservableList<MergeReport.Conflict> conflictsView = FXCollections.unmodifiableObservableList(conflicts);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");

    public PackageMergeViewModel(ProjectSession session) {
        this.session = session;
    }

    /** The returned package to merge. */
    public ObjectProperty<Path> fileProperty() {
        return file;
    }

    /** True while a file is chosen and no merge runs. */
    public BooleanBinding ready() {
        return Bindings.createBooleanBinding(() -> file.get() != null && task.get() == null, file, task);
    }

    /** The running merge, or null. */
    public ReadOnlyObjectProperty<BackgroundTask> taskProperty() {
        return task.getReadOnlyProperty();
    }

    /** The counts of the last merge, or empty. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** The judgements of the last merge that were refused because they differ from the stored ones. */
    public ObservableList<MergeReport.Conflict> conflicts() {
        return conflictsView;
    }

    /** Why the last merge failed (nothing was merged), in one line, or empty. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** Merges the chosen package; does nothing while a merge runs. */
    public void start() {
        if (task.get() != null) {
            return;
        }
        summary.set("");
        conflicts.clear();
        Path returned = file.get();
        if (returned == null) {
            error.set(Messages.get("merge.noFile"));
            return;
        }
        error.set("");
        BackgroundTask started = session.run(Messages.format("task.merge", returned.getFileName()),
                (project, progress) -> AnnotatorPackage.merge(project, returned), done -> {
                    task.set(null);
                    summary.set(Messages.format("merge.summary", done.annotatorId(), done.added(), done.identical(),
                            done.candidatesAdded(), done.conflicts().size()));
                    conflicts.setAll(done.conflicts());
                    session.changed();
                }, failed -> {
                    task.set(null);
                    error.set(OpenFailure.reasonOf(failed));
                });
        // With an executor that runs on the calling thread the task may already be over.
        if (started.runningProperty().get()) {
            task.set(started);
        }
    }
}
