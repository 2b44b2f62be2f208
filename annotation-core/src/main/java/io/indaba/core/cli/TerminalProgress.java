package io.indaba.core.cli;

import io.indaba.core.Progress;
import java.io.PrintWriter;

/** A progress line on the terminal (stderr), redrawn at most ten times a second; silent when not on a terminal. */
final class TerminalProgress implements Progress, AutoCloseable {

    private static final int WIDTH = 30;

    private final PrintWriter err;
    private final String label;
    private final String unit;
    private final boolean enabled;
    private final long started = System.nanoTime();
    private long lastDraw;
    private boolean drawn;

    TerminalProgress(PrintWriter err, String label, String unit) {
        this.err = err;
        this.label = label;
        this.unit = unit;
        this.enabled = System.console() != null && !"dumb".equals(System.getenv("TERM"));
    }

    @Override
    public void update(long done, long total) {
        long now = System.nanoTime();
        if (!enabled || now - lastDraw < 100_000_000L) {
            return;
        }
        lastDraw = now;
        double seconds = Math.max(1e-3, (now - started) / 1e9);
        String rate = String.format("%,.0f %s/s", done / seconds, unit);
        String line;
        if (total > 0) {
            int filled = (int) Math.min(WIDTH, WIDTH * done / total);
            line = String.format("%s [%s%s] %3d%% %,d/%,d %s", label, "#".repeat(filled), " ".repeat(WIDTH - filled),
                    100 * done / total, done, total, rate);
        } else {
            line = String.format("%s %,d %s (%s)", label, done, unit, rate);
        }
        err.print("\r" + line + "\u001B[K");
        err.flush();
        drawn = true;
    }

    @Override
    public void close() {
        if (drawn) {
            err.print("\r\u001B[K");
            err.flush();
        }
    }
}
