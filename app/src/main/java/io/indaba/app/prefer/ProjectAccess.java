package io.indaba.app.prefer;

import io.indaba.core.project.Project;
import java.util.function.Consumer;
import java.util.function.Function;

/** How a view model reaches the project: work runs off the UI thread and exactly one callback follows on it. */
@FunctionalInterface
public interface ProjectAccess {
    <T> void run(String title, Function<Project, T> work, Consumer<? super T> onResult,
                 Consumer<? super Throwable> onFailure);

    /** Called on the UI thread after a judgement was stored, so views that count judgements follow. */
    default void stored() {
    }
}
