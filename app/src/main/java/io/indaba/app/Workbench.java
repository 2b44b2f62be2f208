package io.indaba.app;

import io.indaba.app.backends.BackendServices;
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
    private final BackendServices backends;

    private Workbench(MainViewModel model, MainWindow window, ExecutorService settingsWriter,
                      BackendServices backends) {
        this.model = model;
        this.window = window;
        this.settingsWriter = settingsWriter;
        this.backends = backends;
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
        // The back-end registry and the user's servers and LLM drafters, once for every workspace and dialog
        // (issue 11); the configured LLM drafter joins the plugins' drafters for the comparison's back-translations.
        BackendServices backends = BackendServices.start(home, Workbench.class.getClassLoader(),
                home.resolve("plugins"));
        DrafterSource drafters = DrafterSource.plugins().plus(backends.drafters());
        MainWindow window = new MainWindow(stage, model, Workspaces.all(drafters, backends.drafters()), backends);
        stage.show();
        return new Workbench(model, window, settingsWriter, backends);
    }

    /** Closes the project and lets the last settings write finish; at exit, so waiting is acceptable. */
    public void stop() {
        model.shutdown();
        backends.close();
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

    /** The inference back-ends and LLM drafters of this workbench. */
    public BackendServices backends() {
        return backends;
    }

    public MainWindow window() {
        return window;
    }
}
