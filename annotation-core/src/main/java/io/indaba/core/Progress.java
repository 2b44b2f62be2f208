package io.indaba.core;

/** Receives progress of long work and lets the caller cancel it. */
public interface Progress {

    /** Progress that reports nowhere and never cancels. */
    Progress NONE = new Progress() { };

    /** Called now and then with units done and the total, or -1 when the total is unknown. */
    default void update(long done, long total) {
    }

    /** Polled by long work; when true the work stops and undoes what it did. */
    default boolean cancelled() {
        return false;
    }
}
