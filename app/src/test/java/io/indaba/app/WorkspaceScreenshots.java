package io.indaba.app;

import io.indaba.app.tasks.Tasks;
import java.nio.file.Files;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.ListView;
import javafx.stage.Stage;

/**
 * Opens the sample on one workspace and captures the X screen with ImageMagick, for the README screenshots. Run
 * under Xvfb: {@code xvfb-run -a -s "-screen 0 1400x900x24" java ... io.indaba.app.WorkspaceScreenshots stats out.png
 * [dark]}. Not a test (no Test suffix): it needs a real display.
 */
public final class WorkspaceScreenshots {

    /** The application; nested so that main's class does not extend Application (no module path needed). */
    public static final class Shot extends Application {

        @Override
        public void start(Stage stage) throws Exception {
            String workspace = getParameters().getRaw().get(0);
            String out = getParameters().getRaw().get(1);
            boolean dark = getParameters().getRaw().size() > 2 && getParameters().getRaw().get(2).equals("dark");
            Workbench workbench = Workbench.start(stage, Files.createTempDirectory("indaba-shot"), Tasks.forFx());
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(1400);
            stage.setHeight(900);
            workbench.model().openSample();
            Thread.ofPlatform().daemon().start(() -> {
                try {
                    GuiSupport.waitFor(GuiSupport.STEP_SECONDS, () -> stage.getScene().lookup("#nav-" + workspace) != null);
                    Platform.runLater(() -> {
                        Node item = stage.getScene().lookup("#nav-" + workspace);
                        ListView<?> nav = (ListView<?>) stage.getScene().lookup("#navigation");
                        nav.getSelectionModel().select(nav.getItems().indexOf(
                                ((javafx.scene.control.ListCell<?>) item).getItem()));
                        if (dark) {
                            workbench.model().settings().darkProperty().set(true);
                        }
                    });
                    GuiSupport.settle(workbench);
                    new ProcessBuilder("import", "-window", "root", out).inheritIO().start().waitFor();
                } catch (Exception e) {
                    e.printStackTrace();
                } finally {
                    Platform.runLater(() -> {
                        workbench.stop();
                        Platform.exit();
                    });
                }
            });
        }
    }

    private WorkspaceScreenshots() {
    }

    public static void main(String[] args) {
        Application.launch(Shot.class, args);
    }
}
