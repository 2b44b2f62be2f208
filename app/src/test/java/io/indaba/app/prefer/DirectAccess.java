package io.indaba.app.prefer;

import io.indaba.core.project.Project;
import java.util.function.Consumer;
import java.util.function.Function;

/** A {@link ProjectAccess} for view-model tests: runs the work at once on the calling thread, reporting a failure. */
public final class DirectAccess {

    private DirectAccess() {
    }

    /** Access to {@code project} that runs each piece of work synchronously. */
    public static ProjectAccess of(Project project) {
        return new ProjectAccess() {
            @Override
            public <T> void run(String title, Function<Project, T> work, Consumer<? super T> ok,
                                Consumer<? super Throwable> fail) {
                T result;
                try {
                    result = work.apply(project);
                } catch (RuntimeException e) {
                    fail.accept(e);
                    return;
                }
                ok.accept(result);
            }
        };
    }
}
