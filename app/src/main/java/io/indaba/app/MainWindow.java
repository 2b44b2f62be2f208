package io.indaba.app;

import io.indaba.app.backends.BackendServices;
import io.indaba.app.backends.BackendsDialog;
import io.indaba.app.common.Messages;
import io.indaba.app.common.ProjectSession;
import io.indaba.app.common.Workspace;
import io.indaba.app.generate.GenerateDialog;
import io.indaba.app.keys.KeyMap;
import io.indaba.app.keys.ShortcutsDialog;
import io.indaba.app.project.ImportDialog;
import io.indaba.app.project.NewProjectDialog;
import io.indaba.app.project.StartView;
import io.indaba.app.project.export.ExportDialog;
import io.indaba.app.project.packages.PackageExportDialog;
import io.indaba.app.project.packages.PackageMergeDialog;
import io.indaba.app.theme.Styles;
import io.indaba.app.theme.Theme;
import java.io.File;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;

/** The workbench window: menu bar, navigation of workspaces, the open workspace or the start screen, status bar. */
public final class MainWindow {

    /** The smallest window that cuts no text (narrower, the statistics tables cut their headings); fits 1366×768. */
    public static final double MIN_WIDTH = 1200;
    public static final double MIN_HEIGHT = 700;

    private final Stage stage;
    private final MainViewModel model;
    private final Scene scene;
    private final StackPane content = new StackPane();
    private final ListView<Workspace> navigation = new ListView<>();
    private final VBox navigationPane = new VBox(navigation);
    private final StartView startView;
    private final Map<String, Node> views = new HashMap<>();
    private final List<Workspace> workspaces;
    private final BackendServices backends;

    /**
     * The window on {@code stage} with {@code workspaces} in its navigation, in that order; {@code backends}: the
     * back-end registry and the user's servers, made once at start-up, for the Generate and Back-ends dialogs.
     */
    public MainWindow(Stage stage, MainViewModel model, List<Workspace> workspaces, BackendServices backends) {
        this.stage = stage;
        this.model = model;
        this.workspaces = List.copyOf(workspaces);
        this.backends = backends;
        this.startView = new StartView(model.settings().recentProjects(), this::newProject, this::chooseAndOpen,
                model::open, model::openSample);
        BorderPane root = new BorderPane();
        root.setTop(menuBar());
        root.setLeft(navigationPane);
        root.setCenter(content);
        root.setBottom(new StatusBar(model.tasks(), model.statusProperty()));
        buildNavigation();
        scene = new Scene(root, 1200, 780);
        applyTheme();
        model.settings().darkProperty().addListener((o, was, now) -> applyTheme());
        model.sessionProperty().addListener((o, was, now) -> showSession(now));
        model.failureProperty().addListener((o, was, now) -> {
            if (now != null) {
                // Later, so the dialog does not open inside the property change that caused it.
                Platform.runLater(() -> OpenFailureDialog.show(stage, theme(), now, model));
            }
        });
        model.problemProperty().addListener((o, was, now) -> {
            if (now != null) {
                Platform.runLater(() -> showProblem(now));
            }
        });
        showSession(model.sessionProperty().get());
        stage.setScene(scene);
        stage.setTitle(Messages.get("app.title"));
        // below this the item list, editor and side panes no longer show their labels in full (issue 14)
        stage.setMinWidth(MIN_WIDTH);
        stage.setMinHeight(MIN_HEIGHT);
    }

    /** The scene, for tests that look at stylesheets. */
    public Scene scene() {
        return scene;
    }

    private MenuBar menuBar() {
        MenuItem newProject = item("menu.file.new", KeyMap.NEW_PROJECT, this::newProject);
        MenuItem open = item("menu.file.open", KeyMap.OPEN_PROJECT, this::chooseAndOpen);
        Menu recent = new Menu(Messages.get("menu.file.recent"));
        recent.setId("menu-recent");
        model.settings().recentProjects().addListener((ListChangeListener<Path>) c -> fillRecent(recent));
        fillRecent(recent);
        MenuItem importFile = item("menu.file.import", KeyMap.IMPORT, this::importFile);
        MenuItem generate = item("menu.file.generate", null, () -> withSession((owner, theme, session) ->
                GenerateDialog.show(owner, theme, session, backends)));
        MenuItem backendSettings = item("menu.file.backends", null,
                () -> BackendsDialog.show(stage, theme(), backends, model.tasks()));
        MenuItem export = item("menu.file.export", KeyMap.EXPORT, () -> withSession(ExportDialog::show));
        MenuItem exportPackage = item("menu.file.exportPackage", null, () -> withSession(PackageExportDialog::show));
        MenuItem mergePackage = item("menu.file.mergePackage", null, () -> withSession(PackageMergeDialog::show));
        MenuItem backup = item("menu.file.backup", null, model::backupNow);
        MenuItem close = item("menu.file.close", null, model::closeProject);
        MenuItem quit = item("menu.file.quit", KeyMap.QUIT, stage::close);
        for (MenuItem needsProject : new MenuItem[] {importFile, generate, export, exportPackage, mergePackage, backup,
                close}) {
            needsProject.disableProperty().bind(model.sessionProperty().isNull());
        }
        Menu file = new Menu(Messages.get("menu.file"), null, newProject, open, recent, new SeparatorMenuItem(),
                importFile, generate, export, new SeparatorMenuItem(), exportPackage, mergePackage, new SeparatorMenuItem(),
                backendSettings, new SeparatorMenuItem(),
                backup, new SeparatorMenuItem(), close, quit);

        ToggleGroup themes = new ToggleGroup();
        RadioMenuItem light = new RadioMenuItem(Messages.get("menu.view.light"));
        RadioMenuItem dark = new RadioMenuItem(Messages.get("menu.view.dark"));
        light.setId("menu-light");
        dark.setId("menu-dark");
        light.setToggleGroup(themes);
        dark.setToggleGroup(themes);
        dark.selectedProperty().bindBidirectional(model.settings().darkProperty());
        light.setSelected(!dark.isSelected());
        MenuItem toggle = item("menu.view.toggleTheme", KeyMap.TOGGLE_DARK,
                () -> model.settings().darkProperty().set(!model.settings().darkProperty().get()));
        Menu view = new Menu(Messages.get("menu.view"), null, light, dark, new SeparatorMenuItem(), toggle);

        Menu help = new Menu(Messages.get("menu.help"), null,
                item("menu.help.shortcuts", KeyMap.SHORTCUTS, () -> ShortcutsDialog.show(stage, theme())));
        MenuBar bar = new MenuBar(file, view, help);
        bar.setAccessibleText(Messages.get("menu.accessible"));
        return bar;
    }

    private static MenuItem item(String key, KeyMap shortcut, Runnable action) {
        MenuItem item = new MenuItem(Messages.get(key));
        item.setId(key);
        if (shortcut != null) {
            item.setAccelerator(shortcut.combination());
        }
        item.setOnAction(e -> action.run());
        return item;
    }

    private void fillRecent(Menu recent) {
        recent.getItems().clear();
        for (Path path : model.settings().recentProjects()) {
            MenuItem entry = new MenuItem(path.getFileName() + "  —  " + path.getParent());
            entry.setMnemonicParsing(false);
            entry.setOnAction(e -> model.open(path));
            recent.getItems().add(entry);
        }
        recent.setDisable(recent.getItems().isEmpty());
    }

    private void buildNavigation() {
        navigationPane.getStyleClass().add(Styles.NAV);
        navigationPane.setPrefWidth(190);
        navigation.setId("navigation");
        navigation.setAccessibleText(Messages.get("nav.accessible"));
        navigation.getItems().setAll(workspaces);
        navigation.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(Workspace workspace, boolean empty) {
                super.updateItem(workspace, empty);
                setText(empty || workspace == null ? null : workspace.title());
                setId(empty || workspace == null ? null : "nav-" + workspace.id());
            }
        });
        VBox.setVgrow(navigation, javafx.scene.layout.Priority.ALWAYS);
        navigation.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> showWorkspace(now));
    }

    private void showSession(ProjectSession session) {
        views.clear();
        boolean open = session != null;
        navigationPane.setVisible(open);
        navigationPane.setManaged(open);
        if (!open) {
            content.getChildren().setAll(startView);
            stage.setTitle(Messages.get("app.title"));
            return;
        }
        stage.setTitle(Messages.format("app.titleWithProject", session.name()));
        if (navigation.getSelectionModel().isEmpty()) {
            navigation.getSelectionModel().selectFirst();
        } else {
            showWorkspace(navigation.getSelectionModel().getSelectedItem());
        }
    }

    private void showWorkspace(Workspace workspace) {
        ProjectSession session = model.sessionProperty().get();
        if (session == null || workspace == null) {
            return;
        }
        content.getChildren().setAll(views.computeIfAbsent(workspace.id(), id -> workspace.view(session)));
    }

    private void newProject() {
        NewProjectDialog.show(stage, theme(), model.projectsFolder())
                .ifPresent(request -> model.create(request.file(), request.settings()));
    }

    private void chooseAndOpen() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("open.title"));
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(Messages.get("open.filter"), "*.indaba"),
                new FileChooser.ExtensionFilter(Messages.get("open.filterAll"), "*"));
        File chosen = chooser.showOpenDialog(stage);
        if (chosen != null) {
            model.open(chosen.toPath());
        }
    }

    private void importFile() {
        ProjectSession session = model.sessionProperty().get();
        if (session != null) {
            ImportDialog.show(stage, theme(), session);
        }
    }

    /** A dialog of the open project, shown over the window. */
    private interface ProjectDialog {
        void show(Stage owner, Theme theme, ProjectSession session);
    }

    private void withSession(ProjectDialog dialog) {
        ProjectSession session = model.sessionProperty().get();
        if (session != null) {
            dialog.show(stage, theme(), session);
        }
    }

    private void showProblem(String text) {
        Alert alert = new Alert(Alert.AlertType.ERROR, text);
        alert.initOwner(stage);
        alert.setHeaderText(Messages.get("problem.header"));
        alert.getDialogPane().getStylesheets().setAll(theme().stylesheets());
        alert.showAndWait();
        model.dismissProblem();
    }

    private Theme theme() {
        return Theme.of(model.settings().darkProperty().get());
    }

    private void applyTheme() {
        scene.getStylesheets().setAll(theme().stylesheets());
    }
}
