package io.indaba.app;

import io.indaba.app.common.UserFolder;
import io.indaba.app.tasks.Tasks;
import io.indaba.app.theme.AppFonts;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import javafx.stage.Stage;

/** The JavaFX application: builds the workbench and opens the project named on the command line, or the sample. */
public final class IndabaApp extends Application {

    private Workbench workbench;

    /**
     * Registers the bundled fonts before any text is laid out: JavaFX's text layout (Pango) reads the font list
     * once, at the first layout, so a font registered later never serves as a fallback (decision 0003).
     */
    @Override
    public void init() {
        AppFonts.load();
    }

    @Override
    public void start(Stage stage) {
        workbench = Workbench.start(stage, UserFolder.resolve(), Tasks.forFx());
        List<String> args = getParameters().getRaw();
        if (args.isEmpty()) {
            workbench.model().openSample();
        } else {
            workbench.model().open(Path.of(args.get(0)));
        }
    }

    @Override
    public void stop() {
        if (workbench != null) {
            workbench.stop();
        }
    }
}
