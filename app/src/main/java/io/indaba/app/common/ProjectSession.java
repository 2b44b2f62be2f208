package io.indaba.app.common;

import io.indaba.app.tasks.BackgroundTask;
import io.indaba.app.tasks.Tasks;
import io.indaba.core.Progress;
import io.indaba.core.item.TranslatableFields;
import io.indaba.core.project.Project;
import java.nio.file.Path;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;

/**
 * An open project as the workbench holds it. The store refuses the FX thread, so views reach the project only
 * through {@link #run}, which runs on the background executor and answers on the UI thread.
 */
public final class ProjectSession implements AutoCloseable {

    private final Project project;
    private final Tasks tasks;
    private final String name;
    private final ReadOnlyLongWrapper revision = new ReadOnlyLongWrapper(this, "revision");
    private final ReadOnlyLongWrapper edits = new ReadOnlyLongWrapper(this, "edits");
    /** {@link #revision} for background threads. */
    private volatile long version;
    private Counted fields;

    private record Counted(long version, long total) {
    }

    public ProjectSession(Project project, String name, Tasks tasks) {
        this.project = project;
        this.name = name;
        this.tasks = tasks;
    }

    /** The project's name as it was when opened. */
    public String name() {
        return name;
    }

    /** The project file. */
    public Path file() {
        return project.file();
    }

    /** Runs {@code work} against the project in the background; one callback follows on the UI thread. */
    public <T> BackgroundTask run(String title, BiFunction<Project, Progress, T> work, Consumer<? super T> onResult,
                                  Consumer<? super Throwable> onFailure) {
        return tasks.submit(title, progress -> work.apply(project, progress), onResult, onFailure);
    }

    /** Runs {@code action} on the UI thread, for background results that arrive in pieces (drafts per drafter). */
    public void onUi(Runnable action) {
        tasks.onUi(action);
    }

    /** Bumped after anything changed the project (an import, a restore), so open views reload what they show. */
    public ReadOnlyLongProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    /** Tells open views that the project changed; call on the UI thread. */
    public void changed() {
        version++;
        revision.set(revision.get() + 1);
    }

    /**
     * Bumped after each small write of a working day (a judgement, a saved field). Views that show counts follow
     * it; views that rebuild their state wait for {@link #revisionProperty()}, which the big changes bump.
     */
    public ReadOnlyLongProperty editsProperty() {
        return edits.getReadOnlyProperty();
    }

    /** Tells views that count things that one judgement or translation was stored; call on the UI thread. */
    public void edited() {
        edits.set(edits.get() + 1);
    }

    /**
     * How many item fields a translator has to translate into each target language ({@link TranslatableFields}),
     * counted once per revision of the project: the count reads every item (a second or so at a million), and the
     * overview and the editor's progress bar, after every save, both ask for it. Call off the UI thread.
     */
    public synchronized long translatableFields() {
        long now = version;
        if (fields == null || fields.version() != now) {
            fields = new Counted(now, TranslatableFields.count(project.database()));
        }
        return fields.total();
    }

    /** Closes the project file; waits for pending writes, so call it off the UI thread (or at exit). */
    @Override
    public void close() {
        project.close();
    }
}
