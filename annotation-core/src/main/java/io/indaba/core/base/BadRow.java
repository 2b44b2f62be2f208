package io.indaba.core.base;

import java.nio.file.Path;

/** A row skipped with {@code --skip-bad-rows}: file, line and reason. */
public record BadRow(Path file, long line, String reason) {
    @Override
    public String toString() {
        return file + ":" + line + ": " + reason;
    }
}
