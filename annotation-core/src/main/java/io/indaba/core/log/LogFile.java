package io.indaba.core.log;

import io.indaba.core.generate.Backends;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.logging.FileHandler;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Sends Indaba's SLF4J log (bound to java.util.logging by slf4j-jdk14) to a size-rotated file in the user's data
 * folder: {@code logs/indaba0.log} newest, five files of 5 MiB at most. Only {@code io.indaba} loggers write there.
 */
public final class LogFile {

    static final int LIMIT_BYTES = 5 * 1024 * 1024;
    static final int COUNT = 5;

    /** Held so the logger, and with it its handler, is not collected: JUL keeps loggers weakly. */
    private static final Logger ROOT = Logger.getLogger("io.indaba");

    private static Handler installed;

    private LogFile() {
    }

    /** The log folder beside the user's plugin folder, e.g. {@code ~/.local/share/indaba/logs}. */
    public static Path defaultFolder() {
        return Backends.userPluginFolder().resolveSibling("logs");
    }

    /** Starts writing the log into {@code folder}, replacing an earlier file handler; never prints to the console. */
    public static synchronized void install(Path folder) throws IOException {
        Files.createDirectories(folder);
        FileHandler file = new FileHandler(folder.resolve("indaba%g.log").toString(), LIMIT_BYTES, COUNT, true);
        file.setEncoding("UTF-8");
        file.setFormatter(new OneLine());
        file.setLevel(Level.INFO);
        if (installed != null) {
            ROOT.removeHandler(installed);
            installed.close();
        }
        ROOT.addHandler(file);
        ROOT.setLevel(Level.INFO);
        ROOT.setUseParentHandlers(false); // the console belongs to the command's own output
        installed = file;
    }

    /** Like {@link #install}, but a log that cannot be opened (read-only home) costs only the log. */
    public static void tryInstall(Path folder) {
        try {
            install(folder);
        } catch (IOException | RuntimeException e) {
            System.err.println("indaba: no log file in " + folder + ": " + e.getMessage());
        }
    }

    /** Flushes the file, for readers in the same process (tests) and before exit. */
    public static synchronized void flush() {
        if (installed != null) {
            installed.flush();
        }
    }

    /** {@code 2026-12-06T05:30:00.123Z WARNING io.indaba.core.generate.GenerationJob message}, one line each. */
    private static final class OneLine extends Formatter {
        @Override
        public String format(LogRecord r) {
            StringBuilder line = new StringBuilder(160).append(Instant.ofEpochMilli(r.getMillis())).append(' ')
                    .append(r.getLevel().getName()).append(' ').append(r.getLoggerName()).append(' ')
                    .append(formatMessage(r).replace('\n', ' '));
            if (r.getThrown() != null) {
                // the type and message only: a stack trace would add nothing a user can act on, and more to redact
                line.append(" (").append(r.getThrown().getClass().getSimpleName()).append(": ")
                        .append(String.valueOf(r.getThrown().getMessage()).replace('\n', ' ')).append(')');
            }
            return line.append('\n').toString();
        }
    }
}
