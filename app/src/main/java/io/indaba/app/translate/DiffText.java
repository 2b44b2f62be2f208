package io.indaba.app.translate;

import io.indaba.app.common.Messages;
import io.indaba.core.translate.DiffOp;
import io.indaba.app.markdown.ComplexText;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * A word diff drawn as text runs: words only in the newer text marked as inserted, words only in the older text
 * struck through; the colours come from the theme through the editor's style classes.
 */
final class DiffText extends TextFlow {

    DiffText(List<DiffOp> ops, String fontFamily) {
        StringBuilder spoken = new StringBuilder();
        List<Text> runs = new ArrayList<>();
        for (DiffOp op : ReadableDiff.of(ops)) {
            Text run = new Text(op.text());
            run.getStyleClass().add(switch (op.kind()) {
                case EQUAL -> EditorStyles.DIFF_EQUAL;
                case INSERT -> EditorStyles.DIFF_INSERT;
                case DELETE -> EditorStyles.DIFF_DELETE;
            });
            if (fontFamily != null) {
                run.setStyle("-fx-font-family: '" + fontFamily + "';");
            }
            runs.add(run);
            // Colour and strike-through are not read out, so a screen reader hears the change in words.
            spoken.append(switch (op.kind()) {
                case EQUAL -> op.text();
                case INSERT -> Messages.format("translate.diff.inserted", op.text());
                case DELETE -> Messages.format("translate.diff.deleted", op.text());
            });
        }
        ComplexText.fill(this, runs);
        setAccessibleText(spoken.toString());
    }
}
