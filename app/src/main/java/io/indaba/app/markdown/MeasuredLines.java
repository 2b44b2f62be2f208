package io.indaba.app.markdown;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.NodeOrientation;
import javafx.scene.Node;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import javafx.scene.text.TextFlow;

/**
 * Breaks a paragraph of right-to-left or complex-script text into lines itself. JavaFX 21 under-measures such
 * text when it wraps it (Arabic lines come out wider than the box and are clipped), but measures a single unwrapped
 * word correctly; so the paragraph's words are measured one by one and laid out as one line box per line.
 */
final class MeasuredLines {

    /** Leaves room for kerning across word boundaries, which per-word widths do not see. */
    private static final double SLACK = 0.97;

    /** Marks a right-to-left paragraph whose lines are placed left to right (see {@link #lines}). */
    private static final String RIGHT_TO_LEFT = MeasuredLines.class.getName() + ".rightToLeft";

    private MeasuredLines() {
    }

    /** Whether {@code nodes} hold text that JavaFX wraps wrongly. */
    static boolean needed(List<Node> nodes) {
        for (Node n : nodes) {
            if (n instanceof Text t && ComplexText.wrapsWrongly(t.getText())) {
                return true;
            }
        }
        return false;
    }

    /** Fills {@code flow} with {@code nodes} and re-breaks its lines whenever its width changes. */
    static void install(TextFlow flow, List<Node> nodes) {
        List<Node> words = words(nodes);
        TextFlow single = line(flow, words);
        flow.getChildren().setAll(single);
        double[] builtFor = {-1};
        flow.widthProperty().addListener((o, was, now) -> {
            double width = now.doubleValue() - flow.snappedLeftInset() - flow.snappedRightInset();
            if (width <= 0 || Math.abs(width - builtFor[0]) < 1) {
                return;
            }
            builtFor[0] = width;
            flow.getChildren().setAll(lines(flow, words, width * SLACK));
        });
    }

    private static List<Node> lines(TextFlow flow, List<Node> words, double width) {
        if (flow.getEffectiveNodeOrientation() == NodeOrientation.RIGHT_TO_LEFT) {
            // JavaFX mirrors lines embedded in a right-to-left text flow by a stale width: in a column that had
            // narrowed they stuck out past its right edge. The paragraph lays its lines out left to right, aligned
            // right; each line stays right to left.
            flow.getProperties().put(RIGHT_TO_LEFT, Boolean.TRUE);
            flow.setNodeOrientation(NodeOrientation.LEFT_TO_RIGHT);
            flow.setTextAlignment(TextAlignment.RIGHT);
        }
        List<Node> out = new ArrayList<>();
        List<Node> current = new ArrayList<>();
        double used = 0;
        for (Node w : words) {
            double wordWidth = width(w);
            boolean newline = w instanceof Text t && t.getText().equals("\n");
            if (newline || (used + wordWidth > width && !current.isEmpty())) {
                out.add(line(flow, current));
                out.add(new Text("\n"));
                current = new ArrayList<>();
                used = 0;
                if (newline) {
                    continue;
                }
            }
            current.add(w);
            used += wordWidth;
        }
        if (!current.isEmpty()) {
            out.add(line(flow, current));
        }
        return out;
    }

    /**
     * A word's width in its own font, measured on a detached copy: a Text inside a text flow reports the flow's
     * layout of it, which is not done yet while the flow is being resized (it then measured 0, and whole paragraphs
     * went on one line).
     */
    private static double width(Node word) {
        word.applyCss();
        if (word instanceof Text t) {
            Text alone = new Text(t.getText());
            alone.setFont(t.getFont());
            return alone.getLayoutBounds().getWidth();
        }
        return word.prefWidth(-1);
    }

    private static TextFlow line(TextFlow paragraph, List<Node> words) {
        TextFlow line = new TextFlow();
        boolean rightToLeft = paragraph.getProperties().get(RIGHT_TO_LEFT) == Boolean.TRUE;
        line.setNodeOrientation(rightToLeft ? NodeOrientation.RIGHT_TO_LEFT : paragraph.getNodeOrientation());
        line.setTextAlignment(rightToLeft ? TextAlignment.LEFT : paragraph.getTextAlignment());
        line.getChildren().setAll(words);
        return line;
    }

    /** Splits text runs after each space, keeping their styles; other nodes (links) stay whole. */
    private static List<Node> words(List<Node> nodes) {
        List<Node> out = new ArrayList<>();
        for (Node n : nodes) {
            if (!(n instanceof Text t) || t.getClass() != Text.class) {
                out.add(n);
                continue;
            }
            for (String part : t.getText().split("(?<=[ \\n])")) {
                if (part.isEmpty()) {
                    continue;
                }
                Text word = new Text(part);
                word.getStyleClass().setAll(t.getStyleClass());
                word.setStyle(t.getStyle());
                out.add(word);
            }
        }
        return out;
    }
}
