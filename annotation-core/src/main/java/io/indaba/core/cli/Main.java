package io.indaba.core.cli;

import io.indaba.core.Cancelled;
import io.indaba.core.base.BadInputException;
import io.indaba.core.log.LogFile;
import io.indaba.core.formats.DiskFullException;
import io.indaba.core.store.StoreException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.InvalidPathException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The headless {@code indaba} command line: the same core as the workbench, scriptable. */
@Command(name = "indaba", mixinStandardHelpOptions = true, version = "Indaba 0.1.0",
        description = "Benchmark translation and cross-lingual preference data, headless.",
        subcommands = {NewCommand.class, InfoCommand.class, CheckCommand.class, BackupCommand.class,
                ImportCommand.class, ExportCommand.class, QaCommand.class, StatsCommand.class, PackageCommand.class,
                AuditCommand.class, ReportCommand.class, BackendsCommand.class, ModelsCommand.class,
                GenerateCommand.class, PretranslateCommand.class,
                CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    /** Exit code for bad input, a refused file or a failed check. */
    public static final int FAILED = 1;
    /** Exit code for a malformed command line. */
    public static final int USAGE = 2;

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }

    public static void main(String[] args) {
        LogFile.tryInstall(LogFile.defaultFolder());
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs a command line and returns its exit code; output goes to the given writers (tests use this). */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new Main());
        cli.setOut(out);
        cli.setErr(err);
        HelpLists.addTo(cli);
        cli.registerConverter(java.nio.file.Path.class, value -> {
            try {
                return java.nio.file.Path.of(value);
            } catch (InvalidPathException e) {
                throw new CommandLine.TypeConversionException(badPath(e));
            }
        });
        cli.setParameterExceptionHandler((ex, a) -> {
            InvalidPathException bad = causeOf(ex, InvalidPathException.class);
            err.println("indaba: " + (bad != null ? badPath(bad) : ex.getMessage()));
            CommandLine.UnmatchedArgumentException.printSuggestions(ex, err);
            String path = commandPath(ex.getCommandLine());
            err.println("try: indaba " + (path.isEmpty() ? "" : path + " ") + "--help");
            return USAGE;
        });
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            if (asksForJson(parseResult)) {
                // a script that asked for JSON reads the failure too, from the same stream as a result
                JsonOut.print(out, JsonFailure.of(ex, oneLine(ex)));
            } else {
                err.println("indaba: " + oneLine(ex));
            }
            return FAILED;
        });
        return cli.execute(args);
    }

    /** Whether the command that ran was given {@code --json}. */
    private static boolean asksForJson(CommandLine.ParseResult parseResult) {
        for (CommandLine.ParseResult r = parseResult; r != null; r = r.subcommand()) {
            if (r.hasMatchedOption("--json")) {
                return true;
            }
        }
        return false;
    }

    /** The first exception of {@code type} in {@code ex}'s cause chain, or null. */
    static <T extends Throwable> T causeOf(Throwable ex, Class<T> type) {
        for (Throwable t = ex; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    /** A file name the JVM cannot encode: almost always non-ASCII letters under the C or POSIX locale. */
    static String badPath(InvalidPathException e) {
        return "cannot use the file name '" + e.getInput() + "' (" + e.getReason() + "); with non-ASCII names run "
                + "under a UTF-8 locale, e.g. LANG=C.UTF-8";
    }

    private static String commandPath(CommandLine c) {
        String name = c.getCommandSpec().qualifiedName(" ");
        return name.startsWith("indaba ") ? name.substring(7) : "";
    }

    /** The one line a user sees for a failure: the reason, never a stack trace. */
    static String oneLine(Throwable ex) {
        DiskFullException full = causeOf(ex, DiskFullException.class);
        if (full != null) {
            return full.getMessage();
        }
        InvalidPathException bad = causeOf(ex, InvalidPathException.class);
        if (bad != null) {
            return badPath(bad);
        }
        if (ex instanceof BadInputException || ex instanceof StoreException || ex instanceof IllegalArgumentException
                || ex instanceof Cancelled || ex instanceof UncheckedIOException
                || ex instanceof io.indaba.plugin.BackendException) {
            return ex.getMessage();
        }
        if (ex instanceof java.nio.file.NoSuchFileException nsf) {
            return nsf.getFile() + ": no such file";
        }
        if (ex instanceof java.nio.file.FileSystemException fs && fs.getFile() != null) {
            return fs.getFile() + ": " + (fs.getReason() == null ? fs.getClass().getSimpleName() : fs.getReason());
        }
        if (ex instanceof java.io.IOException io) {
            return io.getMessage() != null ? io.getMessage() : "input/output error (" + io.getClass().getSimpleName() + ")";
        }
        Throwable root = ex;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return "internal error: " + ex.getClass().getSimpleName() + ": " + ex.getMessage()
                + (root != ex ? " (" + root.getClass().getSimpleName() + ": " + root.getMessage() + ")" : "");
    }
}
