package io.indaba.app;

import io.indaba.core.log.LogFile;
import javafx.application.Application;

/**
 * The main class. It does not extend {@code Application}, so the workbench starts from a plain class path
 * without the JavaFX launcher's module checks. Arguments: none (opens the sample project) or a project file.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        LogFile.tryInstall(LogFile.defaultFolder());
        try {
            Application.launch(IndabaApp.class, args);
        } catch (RuntimeException | LinkageError e) {
            // The toolkit could not start (no GTK, no display): one line that says what is missing, not a trace.
            System.err.println(DesktopFailure.describe(e));
            System.exit(1);
        }
    }
}
