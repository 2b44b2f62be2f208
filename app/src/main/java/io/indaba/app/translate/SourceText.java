package io.indaba.app.translate;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Point2D;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.scene.shape.Path;
import javafx.scene.shape.PathElement;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * A read-only source text that can still be selected with the mouse and copied (Ctrl+C), drawn as a TextFlow so
 * that the Winogrande blank and glossary terms can be styled. JavaFX's TextFlow has no selection of its own; the
 * selection is hit-tested from the mouse and drawn as the flow's range shape.
 */
final class SourceText extends Region {

    /** A styled stretch {@code [start, end)} of the text, with a tooltip (e.g. a term's translation) or null. */
    record Span(int start, int end, String styleClass, String tip) {
        Span(int start, int end, String styleClass) {
            this(start, end, styleClass, null);
        }
    }

    private final TextFlow flow = new TextFlow();
    private final Path selection = new Path();
    private final ReadOnlyStringWrapper selected = new ReadOnlyStringWrapper(this, "selected", "");
    private String text = "";
    private int anchor = -1;

    SourceText() {
        getStyleClass().add(EditorStyles.SOURCE);
        selection.getStyleClass().add(EditorStyles.SELECTION);
        selection.setManaged(false);
        selection.setMouseTransparent(true);
        getChildren().addAll(selection, flow);
        setFocusTraversable(false);
        addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            anchor = index(e);
            select(anchor, anchor);
            requestFocus();
        });
        addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> select(anchor, index(e)));
        addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.isShortcutDown() && e.getCode() == KeyCode.C && !selected.get().isEmpty()) {
                ClipboardContent content = new ClipboardContent();
                content.putString(selected.get());
                Clipboard.getSystemClipboard().setContent(content);
                e.consume();
            }
        });
    }

    /** Shows {@code newText} with the spans styled (spans sorted, not overlapping). */
    void show(String newText, List<Span> spans, String fontFamily) {
        text = newText;
        List<Text> runs = new ArrayList<>();
        int at = 0;
        for (Span span : spans) {
            if (span.start() < at) {
                continue;
            }
            if (span.start() > at) {
                runs.add(run(text.substring(at, span.start()), null, fontFamily));
            }
            Text marked = run(text.substring(span.start(), span.end()), span.styleClass(), fontFamily);
            if (span.tip() != null) {
                Tooltip.install(marked, new Tooltip(span.tip()));
            }
            runs.add(marked);
            at = span.end();
        }
        if (at < text.length()) {
            runs.add(run(text.substring(at), null, fontFamily));
        }
        flow.getChildren().setAll(runs);
        setAccessibleText(text);
        select(0, 0);
    }

    private static Text run(String part, String styleClass, String fontFamily) {
        Text run = new Text(part);
        // a Text is black unless styled, which vanishes on the dark theme
        run.getStyleClass().add(EditorStyles.SOURCE_TEXT);
        if (styleClass != null) {
            run.getStyleClass().add(styleClass);
        }
        if (fontFamily != null) {
            run.setStyle("-fx-font-family: '" + fontFamily + "';");
        }
        return run;
    }

    private int index(MouseEvent e) {
        Point2D local = flow.sceneToLocal(e.getSceneX(), e.getSceneY());
        return Math.max(0, Math.min(text.length(), flow.hitTest(local).getInsertionIndex()));
    }

    private void select(int from, int to) {
        int start = Math.min(from, to);
        int end = Math.max(from, to);
        selected.set(start < end ? text.substring(start, end) : "");
        PathElement[] shape = start < end ? flow.rangeShape(start, end) : new PathElement[0];
        selection.getElements().setAll(shape);
        selection.setLayoutX(flow.getLayoutX());
        selection.setLayoutY(flow.getLayoutY());
    }

    /** The selected text, empty when nothing is selected. */
    ReadOnlyStringProperty selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    @Override
    protected double computePrefWidth(double height) {
        // Narrow by default: the grid gives the width and the text wraps, instead of one long line widening it.
        return Math.min(flow.prefWidth(height), 240) + snappedLeftInset() + snappedRightInset();
    }

    @Override
    protected double computePrefHeight(double width) {
        double inner = width < 0 ? -1 : width - snappedLeftInset() - snappedRightInset();
        return flow.prefHeight(inner) + snappedTopInset() + snappedBottomInset();
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected void layoutChildren() {
        flow.resizeRelocate(snappedLeftInset(), snappedTopInset(),
                getWidth() - snappedLeftInset() - snappedRightInset(),
                getHeight() - snappedTopInset() - snappedBottomInset());
        selection.setLayoutX(flow.getLayoutX());
        selection.setLayoutY(flow.getLayoutY());
    }
}
