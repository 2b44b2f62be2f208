package io.indaba.core.store;

import java.time.Instant;

/** Timestamps as stored: ISO-8601 UTC text, which sorts and reads the same in SQLite and PostgreSQL. */
public final class Clock {
    private Clock() {
    }

    /** Now, as stored. */
    public static String now() {
        return Instant.now().toString();
    }
}
