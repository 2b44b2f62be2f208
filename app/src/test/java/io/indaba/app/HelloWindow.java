package io.indaba.app;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/**
 * The start-up baseline of {@code bench/startup.sh}: the least a JavaFX program can show, a window titled
 * "JavaFX baseline" with one label, started from the same class path and JVM options as the workbench. Like
 * {@link Launcher}, the main class does not extend {@code Application} (which the java launcher would refuse on a
 * class path).
 */
public final class HelloWindow {

    private HelloWindow() {
    }

    /** The window. */
    public static final class App extends Application {
        @Override
        public void start(Stage stage) {
            stage.setTitle("JavaFX baseline");
            stage.setScene(new Scene(new Label("Hello"), 1200, 800));
            stage.show();
        }
    }

    public static void main(String[] args) {
        Application.launch(App.class, args);
    }
}
