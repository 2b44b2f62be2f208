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
 * Right-to-left and complex text outside Markdown views. JavaFX 21 on Linux lays "complex" text (combining marks
 * such as Yorùbá and Igbo tone marks, Arabic, Hebrew, Indic scripts, and any run shaped with a font's features, such
 * as N'Ko in its own font) out through Pango, and wraps it wrongly: a wrapped line is re-shaped from a cached copy of
 * the whole paragraph, so it comes out wider than its box, and each following line starts later but repeats the
 * paragraph to its end (seen in Text, TextFlow, Label and TextArea, with any font and orientation). Markdown views
 * break their lines themselves ({@link MeasuredLines}); a text area cannot, so it edits such text unwrapped, one
 * line per paragraph, beside a view that shows it wrapped. See docs/decisions/0017-complex-text-and-layouts.md.
 */
public final class ComplexText {

    private static final Set<Integer> SHAPED = Set.of(UScript.ARABIC, UScript.HEBREW, UScript.NKO, UScript.SYRIAC,
            UScript.THAANA, UScript.DEVANAGARI, UScript.BENGALI, UScript.GURMUKHI, UScript.GUJARATI, UScript.ORIYA,
            UScript.TAMIL, UScript.TELUGU, UScript.KANNADA, UScript.MALAYALAM, UScript.SINHALA, UScript.THAI,
            UScript.KHMER, UScript.MYANMAR, UScript.TIBETAN);

    /** JavaFX 21's complex ranges, first and last code point of each; see {@link #complexForJavaFx}. */
    private static final int[][] JAVAFX_COMPLEX = {
        {0x0300, 0x036F}, {0x0590, 0x06FF}, {0x0900, 0x0E7F}, {0x0F00, 0x109F}, {0x1100, 0x11FF},
        {0x13A0, 0x13FF}, {0x1780, 0x17FF}, {0x1C50, 0x1C7F}, {0x200C, 0x200D}, {0x202A, 0x202E},
        {0x206A, 0x206F}, {0xAB70, 0xABFF}, {0x11080, 0x110CF}, {0x12000, 0x1254F}};

    private ComplexText() {
    }

    /**
     * Whether {@code text} holds a character that JavaFX 21 lays out as complex text, and so wraps wrongly: a
     * combining mark (Ọ̀, ẹ́), a joiner or bidi control, or a letter of a shaped script.
     */
    public static boolean wrapsWrongly(CharSequence text) {
        if (text == null) {
            return false;
        }
        for (int i = 0; i < text.length(); ) {
            int cp = Character.codePointAt(text, i);
            if (complexForJavaFx(cp) || isMark(cp) || SHAPED.contains(UScript.getScript(cp))) {
                return true;
            }
            i += Character.charCount(cp);
        }
        return false;
    }

    /**
     * The code points JavaFX 21's own table ({@code com.sun.javafx.text.ScriptMapper.isComplexCharCode}) sends
     * through the platform shaper: combining diacritics, Hebrew and Arabic, Indic and South-East Asian scripts,
     * Hangul jamo, Cherokee, Khmer, Ol Chiki, joiners and bidi controls. {@code ComplexTextFxTest} keeps this copy
     * equal to JavaFX's.
     */
    static boolean complexForJavaFx(int cp) {
        for (int[] range : JAVAFX_COMPLEX) {
            if (cp >= range[0] && cp <= range[1]) {
                return true;
            }
        }
        return false;
    }

    /** Combining marks outside JavaFX's table (U+1DC0…, U+20D0…) are drawn unshaped: they join the measured path too. */
    private static boolean isMark(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
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
