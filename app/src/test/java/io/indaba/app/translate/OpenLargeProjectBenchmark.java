package io.indaba.app.translate;

import static io.indaba.app.GuiSupport.fx;
import static io.indaba.app.GuiSupport.settle;
import static io.indaba.app.GuiSupport.until;

import io.indaba.app.Workbench;
import io.indaba.app.common.Workspace;
import io.indaba.app.tasks.Tasks;
import io.indaba.core.Progress;
import io.indaba.core.item.Item;
import io.indaba.core.item.ItemKind;
import io.indaba.core.project.Project;
import io.indaba.core.base.ProjectSettings;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.stage.Stage;

/**
 * Benchmark (not a test): opening a project of N items (default 1,000,000 multiple-choice questions) to an
 * interactive item list, target ≤ 1 s and heap ≤ 256 MB. The real workbench opens the file and shows the Translate
 * workspace; the time runs from the open call until the item list holds its first rows. Baseline in the same run: a
 * bare JDBC connection to the same file reading the first page of items in list order. Reported: the second open
 * in the same workbench (after closing the first), and the first open in a fresh JVM. Run with {@code -Xmx256m}
 * under a display (Xvfb works) from {@code app/} after {@code mvn -o -pl app -am package -DskipTests}:
 * {@code DISPLAY=:99 java -Xmx256m -Dprism.order=sw --enable-native-access=ALL-UNNAMED
 * -cp 'target/classes:target/test-classes:target/lib/*' io.indaba.app.translate.OpenLargeProjectBenchmark [N] [file]}
 * (an existing file from an earlier run is reused).
 */
public final class OpenLargeProjectBenchmark {

    private OpenLargeProjectBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        Path file = args.length > 1 ? Path.of(args[1]) : Files.createTempDirectory("open-bench").resolve("large.indaba");
        if (!Files.exists(file)) {
            long t0 = System.nanoTime();
            build(file, n);
            System.out.printf("built %,d items in %.1f s (%,d MB)%n", n, (System.nanoTime() - t0) / 1e9,
                    Files.size(file) >> 20);
        }
        Path home = Files.createTempDirectory("open-bench-home");

        CompletableFuture<Workbench> started = new CompletableFuture<>();
        Platform.startup(() -> {
            Stage stage = new Stage();
            stage.setWidth(1400);
            stage.setHeight(900);
            started.complete(Workbench.start(stage, home, Tasks.forFx()));
        });
        Workbench workbench = started.get(30, TimeUnit.SECONDS);
        Scene scene = fx(() -> javafx.stage.Window.getWindows().get(0).getScene());

        // first open in a fresh JVM, then again after closing it: the time a user sees once the workbench has run
        double coldMs = openToList(workbench, scene, file);
        fx(() -> {
            workbench.model().closeProject();
            return null;
        });
        until(() -> !shown(scene.lookup("#navigation")) ? true : null);
        settle(workbench);
        double openMs = openToList(workbench, scene, file);
        settle(workbench);
        System.gc();
        long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();

        double baselineMs = baseline(file);
        System.out.printf("JVM %s, %d cores, max heap %d MB; %,d items%n", Runtime.version(),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20, n);
        System.out.printf("indaba: open -> item list with rows  %7.0f ms (first open in the JVM: %.0f ms); heap after GC %d MB%n",
                openMs, coldMs, heap >> 20);
        System.out.printf("baseline: bare JDBC first page        %7.0f ms%n", baselineMs);
        System.out.printf("ratio %.1f; targets: <= 1000 ms: %s; heap <= 256 MB: %s%n", openMs / baselineMs,
                openMs <= 1000 ? "met" : "NOT met", heap <= (256L << 20) ? "met" : "NOT met");
        fx(() -> {
            workbench.model().closeProject();
            return null;
        });
        settle(workbench);
        Platform.exit();
        System.exit(0);
    }

    /** Opens {@code file}, goes to Translate as soon as it can, and returns the milliseconds until the list has rows. */
    private static double openToList(Workbench workbench, Scene scene, Path file) throws Exception {
        long t0 = System.nanoTime();
        fx(() -> {
            workbench.model().open(file);
            return null;
        });
        until(() -> {
            @SuppressWarnings("unchecked")
            ListView<Workspace> nav = (ListView<Workspace>) scene.lookup("#navigation");
            if (!shown(nav)) {
                return null;
            }
            nav.getItems().stream().filter(w -> w.id().equals("translate")).findFirst()
                    .ifPresent(w -> nav.getSelectionModel().select(w));
            return true;
        });
        until(() -> scene.lookup("#editor-items") instanceof ListView<?> list && shown(list)
                && !list.getItems().isEmpty() ? true : null);
        return (System.nanoTime() - t0) / 1e6;
    }

    /** Whether {@code node} is in the scene and it and every parent are visible. */
    private static boolean shown(javafx.scene.Node node) {
        for (javafx.scene.Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return node != null && node.getScene() != null;
    }

    /** A fresh connection reading the first 200 items in collection order, as the list's first page does. */
    private static double baseline(Path file) throws Exception {
        long t0 = System.nanoTime();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT id, external_id, fields FROM item ORDER BY collection, position LIMIT 200")) {
            int rows = 0;
            while (rs.next()) {
                rs.getString(3);
                rows++;
            }
            if (rows == 0) {
                throw new IllegalStateException("no items");
            }
        }
        return (System.nanoTime() - t0) / 1e6;
    }

    private static void build(Path file, int n) {
        try (Project project = Project.create(file, new ProjectSettings("large", "en", List.of("am")), "bench")) {
            Iterator<Item> items = new Iterator<>() {
                private int i;

                @Override
                public boolean hasNext() {
                    return i < n;
                }

                @Override
                public Item next() {
                    int k = i++;
                    return Item.of("q" + k, ItemKind.MCQ, "en", "subject_" + (k / 10_000), k % 10_000, Map.of(
                            "question", "Question " + k + ": which of the following best describes the process "
                                    + "by which plants convert light energy into chemical energy?",
                            "A", "Respiration", "B", "Photosynthesis", "C", "Transpiration", "D", "Fermentation"),
                            "B", Map.of());
                }
            };
            project.items().importAll(items, "bench", "bench", Progress.NONE);
        }
    }
}
