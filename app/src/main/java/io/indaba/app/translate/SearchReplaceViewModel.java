package io.indaba.app.translate;

import io.indaba.app.common.Messages;
import io.indaba.app.common.ProjectSession;
import io.indaba.app.tasks.BackgroundTask;
import io.indaba.core.Cancelled;
import java.util.regex.PatternSyntaxException;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Search and replace across the translations into one language: a preview count first, then one background
 * task with progress that writes every change as a revision, or nothing when cancelled.
 */
public final class SearchReplaceViewModel {

    private final ProjectSession session;
    private final String author;
    private final StringProperty lang = new SimpleStringProperty(this, "lang");
    private final StringProperty find = new SimpleStringProperty(this, "find", "");
    private final StringProperty replacement = new SimpleStringProperty(this, "replacement", "");
    private final BooleanProperty regex = new SimpleBooleanProperty(this, "regex");
    private final ReadOnlyStringWrapper result = new ReadOnlyStringWrapper(this, "result", "");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);
    private BackgroundTask task;
    private Runnable onApplied = () -> { };

    public SearchReplaceViewModel(ProjectSession session, String author) {
        this.session = session;
        this.author = author;
    }

    /** Called on the UI thread after a replace wrote something (to reload the list and the item). */
    public void setOnApplied(Runnable onApplied) {
        this.onApplied = onApplied;
    }

    /** Counts what a replace would change. */
    public void preview() {
        ReplacePlan plan = plan();
        if (plan == null) {
            return;
        }
        start(Messages.get("task.translate.preview"), (project, p) -> plan.preview(project, p),
                count -> result.set(Messages.format("translate.replace.preview", count.matches(), count.translations())));
    }

    /** Replaces everywhere in one transaction; {@link #cancel()} stops it and keeps nothing. */
    public void apply() {
        ReplacePlan plan = plan();
        if (plan == null) {
            return;
        }
        start(Messages.get("task.translate.replace"), (project, p) -> plan.apply(project, author, p), count -> {
            result.set(Messages.format("translate.replace.done", count.matches(), count.translations()));
            if (count.translations() > 0) {
                onApplied.run();
            }
        });
    }

    /** Asks the running preview or replace to stop. */
    public void cancel() {
        if (task != null) {
            task.cancel();
        }
    }

    private ReplacePlan plan() {
        if (find.get().isEmpty() || lang.get() == null) {
            result.set(Messages.get("translate.replace.nothing"));
            return null;
        }
        ReplacePlan plan = new ReplacePlan(lang.get(), find.get(), replacement.get(), regex.get());
        try {
            plan.pattern();
        } catch (PatternSyntaxException e) {
            result.set(Messages.format("translate.badRegex", e.getDescription()));
            return null;
        }
        return plan;
    }

    private <T> void start(String title, java.util.function.BiFunction<io.indaba.core.project.Project,
            io.indaba.core.Progress, T> work, java.util.function.Consumer<T> done) {
        running.set(true);
        progress.set(0);
        task = session.run(title, work, value -> {
            running.set(false);
            progress.set(1);
            done.accept(value);
        }, failure -> {
            running.set(false);
            result.set(failure instanceof Cancelled ? Messages.get("translate.replace.cancelled")
                    : String.valueOf(failure.getMessage()));
        });
        if (running.get()) {
            progress.bind(task.progressProperty());
            task.runningProperty().addListener((o, was, now) -> {
                if (!now) {
                    progress.unbind();
                }
            });
        }
    }

    /** The language replaced in, kept to the editor's language. */
    public StringProperty langProperty() {
        return lang;
    }

    public StringProperty findProperty() {
        return find;
    }

    public StringProperty replacementProperty() {
        return replacement;
    }

    public BooleanProperty regexProperty() {
        return regex;
    }

    /** The preview count, the outcome or why nothing happened. */
    public ReadOnlyStringProperty resultProperty() {
        return result.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** Fraction done of the running work, or -1 while unknown. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }
}
