package io.indaba.app.prefer;

import static io.indaba.app.GuiSupport.fx;
import static io.indaba.app.GuiSupport.until;

import io.indaba.app.GuiSupport;
import io.indaba.app.Workbench;
import io.indaba.app.tasks.Tasks;
import io.indaba.core.Progress;
import io.indaba.core.item.Item;
import io.indaba.core.item.ItemKind;
import io.indaba.core.prefer.Annotator;
import io.indaba.core.prefer.Candidate;
import io.indaba.core.prefer.Proficiency;
import io.indaba.core.project.Project;
import io.indaba.core.base.ProjectSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/**
 * Benchmark (not a test): from "submit" to the next comparison task laid out, target p95 ≤ 16 ms (one frame).
 * Opens the real workbench on a project of N Arabic and Amharic prompts with two ~1.3 KB Markdown responses each,
 * and submits task after task with the keyboard (→, 2 for the strength, then Ctrl+Enter, fired at the view). Each sample is the time on
 * the FX thread from the key event to the next task's nodes built, styled and laid out, which is what has to happen
 * before the next frame can show it (painting runs on the render thread and is not counted). Baseline in the same
 * run: the same prompt and response texts shown as plain wrapping labels in a second window of the same size.
 *
 * <p>Run under a display (Xvfb works) from {@code app/} after {@code mvn -o -pl app -am package -DskipTests}:
 * {@code DISPLAY=:99 java -Dprism.order=sw --enable-native-access=ALL-UNNAMED
 * -cp 'target/classes:target/test-classes:target/lib/*' io.indaba.app.prefer.ComparisonLatencyBenchmark [N]}.
 */
public final class ComparisonLatencyBenchmark {

    private static final int WARM_UP = 30;

    private ComparisonLatencyBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 230;
        Path home = Files.createTempDirectory("compare-bench");
        Path file = home.resolve("bench.indaba");
        List<String[]> texts = build(file, n);

        CompletableFuture<Workbench> started = new CompletableFuture<>();
        Platform.startup(() -> {
            Stage stage = new Stage();
            stage.setWidth(1400);
            stage.setHeight(900);
            started.complete(Workbench.start(stage, home.resolve("user"), Tasks.forFx()));
        });
        Workbench workbench = started.get(30, TimeUnit.SECONDS);
        fx(() -> {
            workbench.model().open(file);
            return null;
        });
        Scene scene = until(() -> sceneWith("#navigation"));
        fx(() -> {
            @SuppressWarnings("unchecked")
            ListView<io.indaba.app.common.Workspace> nav = (ListView<io.indaba.app.common.Workspace>) scene.lookup("#navigation");
            nav.getItems().stream().filter(w -> w.id().equals("compare")).findFirst()
                    .ifPresent(w -> nav.getSelectionModel().select(w));
            return null;
        });
        ComparisonView view = until(() -> scene.lookup("#compare-view") instanceof ComparisonView v
                && v.model() != null && v.model().currentProperty().get() != null ? v : null);

        Stage baselineStage = fx(() -> {
            Stage s = new Stage();
            s.setScene(new Scene(new VBox(), 1400 - 190, 900));
            s.show();
            return s;
        });

        List<Long> ours = new ArrayList<>();
        List<Long> plain = new ArrayList<>();
        List<Long> pulses = new ArrayList<>();
        int submitted = 0;
        while (submitted < n - 10) {
            ComparisonViewModel model = view.model();
            long before = fx(() -> model.currentProperty().get() == null ? -1 : model.currentProperty().get().item().id());
            if (before < 0) {
                break;
            }
            CompletableFuture<Long> framed = new CompletableFuture<>();
            long took = fx(() -> {
                view.fireEvent(key(KeyCode.RIGHT, false));
                view.fireEvent(key(KeyCode.DIGIT2, false)); // a decisive choice needs its strength (no default)
                long t0 = System.nanoTime();
                view.fireEvent(key(KeyCode.ENTER, true));
                settle(scene.getRoot());
                long work = System.nanoTime() - t0;
                // and to the end of the pulse that hands the new task to the renderer (pulses come 60 times a second)
                Runnable[] once = new Runnable[1];
                once[0] = () -> {
                    scene.removePostLayoutPulseListener(once[0]);
                    framed.complete(System.nanoTime() - t0);
                };
                scene.addPostLayoutPulseListener(once[0]);
                Platform.requestNextPulse();
                return work;
            });
            long toPulse = framed.get(10, TimeUnit.SECONDS);
            boolean moved = fx(() -> model.currentProperty().get() != null
                    && model.currentProperty().get().item().id() != before);
            String[] shown = texts.get(submitted % texts.size());
            long base = fx(() -> {
                long t0 = System.nanoTime();
                Parent root = baselineStage.getScene().getRoot();
                Label prompt = wrapping(shown[0]);
                HBox responses = new HBox(10, wrapping(shown[1]), wrapping(shown[2]));
                ((VBox) root).getChildren().setAll(prompt, responses);
                settle(root);
                return System.nanoTime() - t0;
            });
            submitted++;
            if (submitted > WARM_UP && moved) {
                ours.add(took);
                pulses.add(toPulse);
                plain.add(base);
            }
            // an annotator reads for seconds; here the background commit and the prefetch top-up finish first
            GuiSupport.settle(workbench);
        }
        System.out.printf("JVM %s, %d cores, prism %s; %d tasks submitted, %d measured after %d warm-up%n",
                Runtime.version(), Runtime.getRuntime().availableProcessors(), System.getProperty("prism.order", "default"),
                submitted, ours.size(), WARM_UP);
        report("indaba: submit -> next task laid out", ours);
        report("indaba: ... -> end of the next pulse", pulses);
        report("baseline: same texts as plain labels", plain);
        double p95 = percentile(ours, 95) / 1e6;
        System.out.printf("ratio p50 %.2f, p95 %.2f; target p95 <= 16 ms: %s%n",
                percentile(ours, 50) / percentile(plain, 50), percentile(ours, 95) / percentile(plain, 95),
                p95 <= 16 ? "met" : "NOT met");
        fx(() -> {
            workbench.model().closeProject();
            return null;
        });
        GuiSupport.settle(workbench);
        Platform.exit();
        System.exit(0);
    }

    private static void settle(Parent root) {
        root.applyCss();
        root.layout();
    }

    private static Label wrapping(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        return label;
    }

    private static KeyEvent key(KeyCode code, boolean shortcut) {
        return new KeyEvent(KeyEvent.KEY_PRESSED, "", "", code, false, shortcut, false, false);
    }

    private static void report(String name, List<Long> samples) {
        System.out.printf("%-40s p50 %6.2f ms  p95 %6.2f ms  p99 %6.2f ms  max %6.2f ms%n", name,
                percentile(samples, 50) / 1e6, percentile(samples, 95) / 1e6, percentile(samples, 99) / 1e6,
                percentile(samples, 100) / 1e6);
    }

    private static double percentile(List<Long> samples, double p) {
        long[] sorted = samples.stream().mapToLong(Long::longValue).sorted().toArray();
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(p / 100 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    /** The scene of a showing window with a visible node for {@code selector}, or null; call on the FX thread. */
    private static Scene sceneWith(String selector) {
        return javafx.stage.Window.getWindows().stream()
                .map(javafx.stage.Window::getScene)
                .filter(s -> s != null && s.lookup(selector) != null && s.lookup(selector).isVisible())
                .findFirst().orElse(null);
    }

    /** N prompts, each with two Markdown responses in Arabic or Amharic; returns their texts for the baseline. */
    private static List<String[]> build(Path file, int n) {
        String[] arabic = {
            "## الجواب\n\nيزيل **الصابون** الجراثيم والأوساخ عن اليدين عندما نشطفهما بالماء. وبذلك لا تصل الميكروبات "
                    + "المسببة للمرض إلى الفم أو الأنف.\n\n- يفكك الدهون التي تلتصق بها الجراثيم.\n- يشطف الماء الجراثيم "
                    + "بعيدًا.\n- يقلل فرص العدوى في البيت والمدرسة.\n\nمثال: `wash(hands, seconds=20)` ثم انظر "
                    + "https://example.org/handwashing للمزيد.\n\n",
            "الصابون مفيد جدًا. اغسل يديك دائمًا قبل الأكل وبعد استعمال الحمام، ولمدة عشرين ثانية على الأقل، "
                    + "فهذا يحمي الأسرة كلها من الأمراض المعدية مثل الزكام والإسهال.\n\n1. بلل اليدين.\n2. ضع الصابون.\n"
                    + "3. افرك جيدًا.\n4. اشطف وجفف.\n\n"};
        String[] amharic = {
            "## መልስ\n\nሳሙና ጀርሞችን እና ቆሻሻን ከእጅ ላይ ያስወግዳል። በውሃ ስናጥብ **በሽታ** የሚያመጡ ተህዋሲያን ወደ አፍ "
                    + "ወይም አፍንጫ አይደርሱም።\n\n- ስብን ይበትናል።\n- ውሃ ጀርሞችን ያጥባል።\n- በቤት እና በትምህርት ቤት "
                    + "ኢንፌክሽንን ይቀንሳል።\n\n",
            "እጅን በሳሙና መታጠብ ጠቃሚ ነው። ከመብላት በፊት እና ከመጸዳጃ ቤት በኋላ ቢያንስ ለሃያ ሰከንድ ይታጠቡ፤ ይህ "
                    + "ቤተሰቡን በሙሉ ከጉንፋን እና ከተቅማጥ ይጠብቃል።\n\n1. እጅን ያርጥቡ።\n2. ሳሙና ይቀቡ።\n3. በደንብ ያሽጉ።\n\n"};
        List<String[]> texts = new ArrayList<>();
        try (Project project = Project.create(file, new ProjectSettings("bench", "en", List.of("ar", "am")), "lead")) {
            List<Item> items = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                items.add(Item.of("p" + i, ItemKind.PROMPT, "en", "bench", i, Map.of("prompt",
                        "Question " + i + ": explain in a few sentences why washing hands with soap helps prevent "
                                + "illness, with the steps to follow."), null, null));
            }
            project.items().importAll(items.iterator(), "lead", "bench", Progress.NONE);
            for (int i = 0; i < n; i++) {
                long id = project.items().byExternalId("p" + i).orElseThrow().id();
                String[] pair = i % 2 == 0 ? arabic : amharic;
                String lang = i % 2 == 0 ? "ar" : "am";
                String a = pair[0].repeat(2) + i;
                String b = pair[1].repeat(2) + i;
                project.candidates().add(Candidate.imported(id, null, a, lang, "model-a", null), "lead");
                project.candidates().add(Candidate.imported(id, null, b, lang, "model-b", null), "lead");
                texts.add(new String[] {"Question " + i, a, b});
            }
            project.annotators().save(new Annotator("ann", null, Map.of("ar", Proficiency.NATIVE,
                    "am", Proficiency.NATIVE)), "lead");
        }
        System.out.printf("built %,d prompts with %s-character responses%n", n,
                Arrays.toString(new int[] {texts.get(0)[1].length(), texts.get(1)[1].length()}));
        return texts;
    }
}
