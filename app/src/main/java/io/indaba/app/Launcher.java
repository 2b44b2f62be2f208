package io.indaba.app;

import javafx.application.Application;

/**
 * The main class. It does not extend {@code Application}, so the workbench starts from a plain class path
 * without the JavaFX launcher's module checks. Arguments: none (opens the sample project) or a project file.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        Application.launch(IndabaApp.class, args);
    }
}
