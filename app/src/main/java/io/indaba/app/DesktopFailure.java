package io.indaba.app;

/**
 * The one line a user sees when the JavaFX toolkit cannot start (no GTK, no display, no graphics pipeline), in place
 * of the stack trace JavaFX throws: what is missing and how to get it.
 */
final class DesktopFailure {

    private DesktopFailure() {
    }

    /** What went wrong and what to do, from the exception {@code Application.launch} threw. */
    static String describe(Throwable failure) {
        String all = messages(failure);
        // "no glass": JavaFX's windowing library could not load, because GTK or the X libraries it links are missing
        if (all.contains("GTK") || all.contains("no glass") || all.contains("libX11") || all.contains("libgtk")) {
            return "indaba: the workbench needs GTK 3, which this machine lacks; install it "
                    + "(Debian/Ubuntu: sudo apt-get install libgtk-3-0; Fedora: sudo dnf install gtk3) "
                    + "or use the command line (indaba help)";
        }
        if (all.contains("DISPLAY")) {
            return "indaba: no display to open the workbench on (DISPLAY=" + System.getenv().getOrDefault("DISPLAY", "")
                    + "); start it from a desktop session, or use the command line (indaba help)";
        }
        if (all.contains("pipeline") || all.contains("QuantumRenderer")) {
            return "indaba: no graphics pipeline for the workbench (OpenGL or software); install your graphics "
                    + "drivers (Debian/Ubuntu: sudo apt-get install libgl1) or use the command line (indaba help)";
        }
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return "indaba: the workbench could not start: " + root.getClass().getSimpleName()
                + (root.getMessage() == null ? "" : ": " + root.getMessage());
    }

    private static String messages(Throwable failure) {
        StringBuilder all = new StringBuilder();
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            all.append(t.getMessage()).append('\n');
        }
        return all.toString();
    }
}
