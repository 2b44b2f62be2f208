package io.indaba.app.translate;

import io.indaba.app.GuiSupport;
import io.indaba.app.Workbench;
import io.indaba.app.tasks.Tasks;
import io.indaba.core.translate.Glossary;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BooleanSupplier;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;

/**
 * Opens the sample in the editor on a language and item and captures the X screen with ImageMagick; run under
 * Xvfb to make the README screenshots: {@code xvfb-run -a -s "-screen 0 1400x900x24" java ... EditorScreenshots
 * am sample-wg-1a out.png [field [source-term=target-term [tab-id]]]}; the optional glossary term is added first.
 */
public final class EditorScreenshots {

    /** The application; a nested class so that main's class does not extend Application (no module path). */
    public static final class Shot extends Application {

    @Override
    @SuppressWarnings("unchecked")
    public void start(Stage stage) throws Exception {
        String lang = getParameters().getRaw().get(0);
        String item = getParameters().getRaw().get(1);
        String out = getParameters().getRaw().get(2);
        List<String> raw = getParameters().getRaw();
        String field = raw.size() > 3 ? raw.get(3) : null;
        String term = raw.size() > 4 && !raw.get(4).isEmpty() ? raw.get(4) : null;
        String tab = raw.size() > 5 ? raw.get(5) : null;
        Workbench workbench = Workbench.start(stage, Files.createTempDirectory("indaba-shot"), Tasks.forFx());
        stage.setX(0);
        stage.setY(0);
        stage.setWidth(1400);
        stage.setHeight(900);
        stage.show();
        workbench.model().openSample();
        new Thread(() -> {
            try {
                step(() -> stage.getScene().lookup("#nav-translate") != null);
                Platform.runLater(() -> {
                    ListView<?> nav = (ListView<?>) stage.getScene().lookup("#navigation");
                    nav.getSelectionModel().select(1);
                });
                step(() -> stage.getScene().lookup("#editor-language") != null);
                if (term != null) {
                    String[] pair = term.split("=", 2);
                    Platform.runLater(() -> workbench.model().sessionProperty().get().run("term",
                            (project, p) -> Glossary.of(project, lang).add(pair[0], pair[1], null),
                            added -> workbench.model().sessionProperty().get().changed(), Throwable::printStackTrace));
                }
                Platform.runLater(() -> ((ComboBox<String>) stage.getScene().lookup("#editor-language")).setValue(lang));
                GuiSupport.settle(workbench);
                Platform.runLater(() -> {
                    ListView<ItemRow> items = (ListView<ItemRow>) stage.getScene().lookup("#editor-items");
                    items.getItems().stream().filter(r -> r.externalId().equals(item)).findFirst()
                            .ifPresent(r -> items.getSelectionModel().select(r));
                });
                GuiSupport.settle(workbench);
                Platform.runLater(() -> {
                    TextArea first = (TextArea) stage.getScene().lookup("#target-" + (field == null ? "option1" : field));
                    if (first == null) {
                        first = (TextArea) stage.getScene().lookup("#target-A");
                    }
                    first.requestFocus();
                    if (tab != null) {
                        javafx.scene.control.TabPane side = (javafx.scene.control.TabPane) stage.getScene().lookup("#editor-side");
                        side.getTabs().stream().filter(t -> t.getId().equals(tab)).findFirst()
                                .ifPresent(t -> side.getSelectionModel().select(t));
                    }
                });
                GuiSupport.settle(workbench);
                new ProcessBuilder("import", "-window", "root", out).inheritIO().start().waitFor();
                Platform.runLater(() -> {
                    workbench.stop();
                    Platform.exit();
                });
            } catch (Exception e) {
                e.printStackTrace();
                System.exit(1);
            }
        }).start();
    }

    private static void step(BooleanSupplier ready) throws Exception {
        GuiSupport.waitFor(GuiSupport.SHOW_SECONDS, ready::getAsBoolean);
    }

    }

    public static void main(String[] args) {
        Application.launch(Shot.class, args);
    }
}
