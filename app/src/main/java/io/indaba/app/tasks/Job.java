package io.indaba.app.tasks;

import io.indaba.core.Progress;

/** Work to run off the FX thread; it reports progress and polls for cancellation through {@code progress}. */
@FunctionalInterface
public interface Job<T> {

    /** Does the work and returns its result; runs on a background thread. */
    T run(Progress progress) throws Exception;
}
