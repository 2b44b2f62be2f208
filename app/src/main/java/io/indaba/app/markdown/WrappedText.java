package io.indaba.app.markdown;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;

/**
 * Read-only text that changes (a bound prompt, a note) and wraps correctly in any script: a wrapping label while
 * the text is one JavaFX wraps well, a plain-text view that breaks its own lines once it is not (Yorùbá with tone
 * marks, Arabic, N'Ko). The text property is what the view shows, so tests and bindings read it like a label's.
 */
public final class WrappedText extends StackPane {

    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private String fontFamily;

    /** A view of {@code initial}, in {@code fontFamily} when not null. */
    public WrappedText(String initial, String fontFamily) {
        this.fontFamily = fontFamily;
        setMinWidth(0);
        // style classes (muted, error) colour the label or view inside
        getStyleClass().addListener((ListChangeListener<String>) c -> getChildren().forEach(this::style));
        text.addListener((o, was, now) -> show(now));
        text.set(initial == null ? "" : initial);
        show(text.get());
    }

    /** The text shown. */
    public StringProperty textProperty() {
        return text;
    }

    /** The text shown. */
    public String getText() {
        return text.get();
    }

    /** Shows the text in {@code family} (null: the default font), for text whose language changes. */
    public void setFontFamily(String family) {
        fontFamily = family;
        getChildren().clear();
        show(text.get());
    }

    private void style(Node child) {
        for (String style : getStyleClass()) {
            if (!child.getStyleClass().contains(style)) {
                child.getStyleClass().add(style);
            }
        }
    }

    private void show(String now) {
        String shown = now == null ? "" : now;
        boolean measured = ComplexText.wrapsWrongly(shown);
        if (!measured && !getChildren().isEmpty() && getChildren().getFirst() instanceof Label label) {
            label.setText(shown);
            return;
        }
        getChildren().setAll(ComplexText.wrapped(shown, fontFamily));
        style(getChildren().getFirst());
        if (getChildren().getFirst() instanceof Label label) {
            label.setMinWidth(0);
            label.setMaxWidth(Double.MAX_VALUE);
        }
    }
}
