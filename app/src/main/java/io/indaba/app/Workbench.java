package io.indaba.app;

import io.indaba.app.common.DrafterSource;
import io.indaba.app.common.UserSettings;
import io.indaba.app.tasks.Tasks;
import io.indaba.app.theme.AppFonts;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;

/** Wires the workbench together on a stage: fonts, user settings, view model and window. Used by the app and tests. */
public final class Workbench {

    private final MainViewModel model;
    private final MainWindow window;
    private final ExecutorService settingsWriter;

    private Workbench(MainViewModel model, MainWindow window, ExecutorService settingsWriter) {
        this.model = model;
        this.window = window;
        this.settingsWriter = settingsWriter;
    }

    /** Builds the window on {@code stage} and shows it; call on the FX thread. */
    public static Workbench start(Stage stage, Path home, Tasks tasks) {
        AppFonts.load();
        // One writer thread keeps settings writes in order and off the FX thread.
        ExecutorService settingsWriter = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "indaba-settings");
            t.setDaemon(true);
            return t;
        });
        UserSettings settings = UserSettings.load(home.resolve("settings.properties"), settingsWriter);
        MainViewModel model = new MainViewModel(tasks, settings, home);
        // Built once here and handed to the workspaces that use them; configured drafters join this source.
        DrafterSource drafters = DrafterSource.plugins();
        MainWindow window = new MainWindow(stage, model, Workspaces.all(drafters));
        stage.show();
        return new Workbench(model, window, settingsWriter);
    }

    /** Closes the project and lets the last settings write finish; at exit, so waiting is acceptable. */
    public void stop() {
        model.shutdown();
        settingsWriter.shutdown();
        try {
            settingsWriter.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public MainViewModel model() {
        return model;
    }

    public MainWindow window() {
        return window;
    }
}
