package io.indaba.core.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs an {@code indaba} command line in this JVM, as tests do, and keeps its exit code and both outputs. */
public record CliRun(int code, String out, String err) {

    /** Runs {@code args} through {@link Main#run} and returns what it printed. */
    public static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new CliRun(code, out.toString(), err.toString());
    }
}
