package io.indaba.app.markdown;

import com.ibm.icu.lang.UScript;
import java.util.List;
import java.util.Set;
import javafx.geometry.NodeOrientation;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.TextArea;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * Right-to-left and complex-script text outside Markdown views. JavaFX 21 wraps such text wrongly: a wrapped
 * Arabic line comes out wider than its box, its first words cut off and its last words shown again on the next
 * line (seen in Text, TextFlow, Label and TextArea, with any font and orientation). Markdown views break their lines
 * themselves ({@link MeasuredLines}); a text area cannot, so it edits such text unwrapped, one line per paragraph,
 * beside a view that shows it wrapped.
 */
public final class ComplexText {

    private static final Set<Integer> SHAPED = Set.of(UScript.ARABIC, UScript.HEBREW, UScript.NKO, UScript.SYRIAC,
            UScript.THAANA, UScript.DEVANAGARI, UScript.BENGALI, UScript.GURMUKHI, UScript.GUJARATI, UScript.ORIYA,
            UScript.TAMIL, UScript.TELUGU, UScript.KANNADA, UScript.MALAYALAM, UScript.SINHALA, UScript.THAI,
            UScript.KHMER, UScript.MYANMAR, UScript.TIBETAN);

    private ComplexText() {
    }

    /** Whether {@code text} holds a letter of a script that JavaFX 21 wraps wrongly. */
    public static boolean wrapsWrongly(CharSequence text) {
        if (text == null) {
            return false;
        }
        for (int i = 0; i < text.length(); ) {
            int cp = Character.codePointAt(text, i);
            if (SHAPED.contains(UScript.getScript(cp))) {
                return true;
            }
            i += Character.charCount(cp);
        }
        return false;
    }

    /**
     * Sets up a text area for text like {@code sample} (the text itself, or a language's own name when the area may
     * start empty): right-to-left orientation for right-to-left text, so the caret and the scroll start on the
     * right, and no wrapping where JavaFX would garble it. Returns whether wrapping was turned off, in which case the
     * caller should show the text wrapped elsewhere (a {@link MarkdownView} of {@link MarkdownDocument#plainText}).
     */
    public static boolean fit(TextArea area, String sample) {
        orient(area, sample);
        boolean unwrapped = wrapsWrongly(sample);
        area.setWrapText(!unwrapped);
        return unwrapped;
    }

    /**
     * Keeps a free-text control (a rationale, a note) set up for whatever is typed into it: its direction follows
     * the first strong character, and a text area stops wrapping once it holds a script JavaFX wraps wrongly.
     */
    public static void follow(TextInputControl control) {
        Runnable fit = () -> {
            if (control instanceof TextArea area) {
                fit(area, area.getText());
            } else {
                orient(control, control.getText());
            }
        };
        fit.run();
        control.textProperty().addListener((o, was, now) -> fit.run());
    }

    /**
     * Fills a text flow with styled runs (a diff, a highlighted sentence) laid out in the direction of their text,
     * breaking the lines itself where JavaFX would wrap them wrongly.
     */
    public static void fill(TextFlow flow, List<Text> runs) {
        StringBuilder all = new StringBuilder();
        runs.forEach(t -> all.append(t.getText()));
        List<Node> nodes = List.copyOf(runs);
        if (MeasuredLines.needed(nodes)) {
            MeasuredLines.install(flow, nodes);
        } else {
            flow.getChildren().setAll(nodes);
        }
        boolean rightToLeft = Direction.of(all, Direction.LEFT_TO_RIGHT) == Direction.RIGHT_TO_LEFT;
        flow.setNodeOrientation(rightToLeft ? NodeOrientation.RIGHT_TO_LEFT : NodeOrientation.LEFT_TO_RIGHT);
    }

    /**
     * Read-only text that wraps correctly in any script: a wrapping label where JavaFX wraps the script well (with
     * {@code fontFamily} when given), else a plain-text view that breaks its own lines.
     */
    public static Node wrapped(String text, String fontFamily) {
        if (!wrapsWrongly(text)) {
            Label label = new Label(text);
            label.setWrapText(true);
            if (fontFamily != null) {
                label.setStyle("-fx-font-family: '" + fontFamily + "';");
            }
            return label;
        }
        MarkdownView view = new MarkdownView();
        view.setDocument(MarkdownDocument.plainText(text));
        view.setMinWidth(0);
        view.setPrefWidth(0);
        return view;
    }

    /** Right-to-left orientation when {@code sample} starts right-to-left, else left-to-right. */
    public static void orient(TextInputControl control, String sample) {
        boolean rightToLeft = sample != null && Direction.of(sample, Direction.LEFT_TO_RIGHT) == Direction.RIGHT_TO_LEFT;
        control.setNodeOrientation(rightToLeft ? NodeOrientation.RIGHT_TO_LEFT : NodeOrientation.LEFT_TO_RIGHT);
    }
}
