package io.indaba.app.translate;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/** Draws a word diff as coloured Text runs: inserted words green and bold, deleted ones red and struck through. */
final class DiffText {

    /** One run of a diff. */
    record Run(Kind kind, String text) {
    }

    /** What happened to a run. */
    enum Kind { SAME, INSERTED, DELETED }

    private DiffText() {
    }

    /** The runs as a flow in {@code fontFamily} (null for the default). */
    static TextFlow flow(List<Run> runs, String fontFamily) {
        List<Text> texts = new ArrayList<>();
        for (Run run : runs) {
            Text text = new Text(run.text());
            if (run.kind() == Kind.INSERTED) {
                text.getStyleClass().add(EditorStyles.DIFF_INSERT);
            } else if (run.kind() == Kind.DELETED) {
                text.getStyleClass().add(EditorStyles.DIFF_DELETE);
            }
            if (fontFamily != null) {
                text.setStyle("-fx-font-family: '" + fontFamily + "';");
            }
            texts.add(text);
        }
        return new TextFlow(texts.toArray(Text[]::new));
    }
}
