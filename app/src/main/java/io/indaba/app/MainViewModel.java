package io.indaba.app;

import io.indaba.app.common.Messages;
import io.indaba.app.common.ProjectSession;
import io.indaba.app.common.UserSettings;
import io.indaba.app.project.OpenFailure;
import io.indaba.app.tasks.Tasks;
import io.indaba.core.project.Project;
import io.indaba.core.base.ProjectSettings;
import io.indaba.core.store.Backups;
import io.indaba.core.store.Quarantine;
import io.indaba.samples.SampleProject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The main window's state: which project is open, the last open failure (with its ways out), a problem to show and
 * the status line. Every store call runs as background work.
 */
public final class MainViewModel {

    private final Tasks tasks;
    private final UserSettings settings;
    private final Path home;
    private final String actor = System.getProperty("user.name", "indaba");
    private final ReadOnlyObjectWrapper<ProjectSession> session = new ReadOnlyObjectWrapper<>(this, "session");
    private final ReadOnlyObjectWrapper<OpenFailure> failure = new ReadOnlyObjectWrapper<>(this, "failure");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");

    public MainViewModel(Tasks tasks, UserSettings settings, Path home) {
        this.tasks = tasks;
        this.settings = settings;
        this.home = home;
    }

    /** The open project, or null when the start screen shows. */
    public ReadOnlyObjectProperty<ProjectSession> sessionProperty() {
        return session.getReadOnlyProperty();
    }

    /** The last failed open, until dismissed; the view shows it as a dialog. */
    public ReadOnlyObjectProperty<OpenFailure> failureProperty() {
        return failure.getReadOnlyProperty();
    }

    /** A one-line problem (a failed backup or create), until dismissed. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** The status line. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public Tasks tasks() {
        return tasks;
    }

    public UserSettings settings() {
        return settings;
    }

    /** Where new projects go by default. */
    public Path projectsFolder() {
        return home.resolve("projects");
    }

    /** Where the sample project lives once built. */
    public Path sampleFile() {
        return home.resolve("samples").resolve(SampleProject.FILE_NAME);
    }

    /** Opens the bundled sample, building it in the user folder on first use (the checkout is never written). */
    public void openSample() {
        Path file = sampleFile();
        switchTo(file, Messages.get("task.openSample"), this::failedToOpen, () -> {
            if (!Files.exists(file)) {
                buildSample(file);
            }
            return Project.open(file);
        });
    }

    private static void buildSample(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        // Built under another name and renamed, so an interrupted first start never leaves half a sample behind.
        Path partial = file.resolveSibling(file.getFileName() + ".building");
        Files.deleteIfExists(partial);
        SampleProject.build(partial);
        Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
        Files.deleteIfExists(io.indaba.core.store.ProjectLock.fileFor(partial)); // nothing opens the temporary name
    }

    /** Opens {@code file}, closing the open project first. */
    public void open(Path file) {
        switchTo(file, Messages.format("task.open", file.getFileName()), this::failedToOpen,
                () -> Project.open(file));
    }

    /** Creates a project and opens it. */
    public void create(Path file, ProjectSettings projectSettings) {
        switchTo(file, Messages.format("task.create", file.getFileName()), (f, error) -> report(error),
                () -> Project.create(file, projectSettings, actor));
    }

    private interface Opening {
        Project open() throws Exception;
    }

    /**
     * Opens a project and only then puts it in place of the open one, which is closed afterwards: a file that fails
     * to open leaves the user where they were, with their project still open.
     */
    private void switchTo(Path file, String title, java.util.function.BiConsumer<Path, Throwable> onFailure,
                          Opening opening) {
        failure.set(null);
        tasks.submit(title, progress -> {
            Project project = opening.open();
            try {
                return new ProjectSession(project, project.settings().name(), tasks);
            } catch (RuntimeException e) {
                project.close();
                throw e;
            }
        }, opened -> {
            ProjectSession previous = session.get();
            session.set(opened);
            if (previous != null) {
                tasks.submit(Messages.get("task.close"), progress -> {
                    previous.close();
                    return previous.file();
                }, closed -> { }, this::report);
            }
            settings.remember(opened.file());
            status.set(Messages.format("status.opened", opened.name(), opened.file()));
        }, error -> onFailure.accept(file, error));
    }

    private void failedToOpen(Path file, Throwable error) {
        failure.set(OpenFailure.of(file.toAbsolutePath(), error));
        status.set(Messages.format("status.openFailed", file.getFileName()));
    }

    /** Closes the open project and shows the start screen. */
    public void closeProject() {
        ProjectSession previous = session.get();
        if (previous == null) {
            return;
        }
        session.set(null);
        tasks.submit(Messages.get("task.close"), progress -> {
            previous.close();
            return previous.file();
        }, file -> status.set(Messages.format("status.closed", file.getFileName())), this::report);
    }

    /** Takes an online backup of the open project. */
    public void backupNow() {
        ProjectSession current = session.get();
        if (current == null) {
            return;
        }
        current.run(Messages.get("task.backup"), (project, progress) -> project.backup("manual"),
                backup -> status.set(Messages.format("status.backedUp", backup)), this::report);
    }

    /** Moves the file of a failed open aside (only on the user's click) and forgets it as a recent project. */
    public void moveAside(OpenFailure failed) {
        failure.set(null);
        tasks.submit(Messages.get("task.moveAside"), progress -> Quarantine.moveAside(failed.file(), "damaged"),
                moved -> {
                    settings.forget(failed.file());
                    status.set(Messages.format("status.movedAside", moved));
                }, this::report);
    }

    /** Puts the newest backup in place of the failed file (which is moved aside, never overwritten) and opens it. */
    public void openNewestBackup(OpenFailure failed) {
        Path backup = failed.newestBackup().orElseThrow();
        switchTo(failed.file(), Messages.get("task.restore"), this::failedToOpen, () -> {
            Backups.restore(backup, failed.file());
            return Project.open(failed.file());
        });
    }

    /** Closes the failure dialog without acting. */
    public void dismissFailure() {
        failure.set(null);
    }

    /** Clears the shown problem. */
    public void dismissProblem() {
        problem.set(null);
    }

    /** Closes the project at exit; blocks, which is acceptable only because the window is going away. */
    public void shutdown() {
        ProjectSession current = session.get();
        session.set(null);
        if (current != null) {
            current.close();
        }
    }

    private void report(Throwable error) {
        problem.set(OpenFailure.oneLine(error.getMessage() == null ? error.toString() : error.getMessage()));
    }
}
