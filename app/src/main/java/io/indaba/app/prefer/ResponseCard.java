package io.indaba.app.prefer;

import io.indaba.app.common.Messages;
import io.indaba.app.markdown.ComplexText;
import io.indaba.app.markdown.MarkdownDocument;
import io.indaba.app.markdown.MarkdownView;
import io.indaba.app.theme.AppFonts;
import io.indaba.app.theme.Styles;
import io.indaba.core.prefer.Candidate;
import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import javafx.util.Duration;

/**
 * One response as the annotator sees it: a neutral label (model names hidden), the text rendered from Markdown,
 * an edit-to-win editor, an optional back-translation, and a rank box when more than two are compared.
 */
final class ResponseCard extends VBox {

    private final ComboBox<Integer> rank = new ComboBox<>();
    private final Label edited = new Label(Messages.get("compare.edited"));
    /** The back-translation or gloss, when asked for: plain text, wrapped correctly in any script. */
    private final MarkdownView aid = new MarkdownView();

    ResponseCard(int position, int count, Candidate candidate, Consumer<String> onEdit, Runnable onBackTranslate) {
        getStyleClass().add(Styles.CARD);
        setSpacing(6);
        setPadding(new Insets(8));
        setMinWidth(260);
        HBox.setHgrow(this, Priority.ALWAYS);
        Label title = new Label(Messages.format("compare.response", position + 1));
        title.getStyleClass().add(Styles.HEADING);
        title.setMinWidth(Region.USE_PREF_SIZE);
        edited.getStyleClass().add(Styles.TAG);
        edited.setVisible(false);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(8, title, edited, spacer);
        if (count > 2) {
            for (int r = 1; r <= count; r++) {
                rank.getItems().add(r);
            }
            rank.setPromptText(Messages.get("compare.rank"));
            rank.setAccessibleText(Messages.get("compare.rank") + " " + (position + 1));
            header.getChildren().add(rank);
        }

        MarkdownView text = new MarkdownView();
        text.setMarkdown(candidate.text());
        // No scroll pane of its own: the page scrolls, and a right-to-left view inside a left-to-right scroll
        // pane was laid out past its viewport (clipped Arabic lines).
        text.setMinWidth(0);
        text.setPrefWidth(0);
        VBox.setVgrow(text, Priority.ALWAYS);

        // The editor is made on first use: a text area is the costliest control here, and most responses are
        // judged without one (the view builds the next task's cards ahead of time).
        Button edit = new Button(Messages.get("compare.edit"));
        TextArea[] made = new TextArea[1];
        PauseTransition settle = new PauseTransition(Duration.millis(250));
        edit.setOnAction(e -> {
            TextArea editor = made[0];
            if (editor == null) {
                editor = editor(position, candidate.text(), settle);
                made[0] = editor;
                TextArea typed = editor;
                settle.setOnFinished(done -> text.setMarkdown(typed.getText()));
                getChildren().add(getChildren().indexOf(text) + 1, editor);
            }
            boolean opening = !editor.isVisible();
            editor.setVisible(opening);
            editor.setManaged(opening);
            edit.setText(Messages.get(opening ? "compare.edit.done" : "compare.edit"));
            if (opening) {
                editor.requestFocus();
            } else {
                settle.stop();
                onEdit.accept(editor.getText());
                edited.setVisible(!editor.getText().equals(candidate.text()));
                text.setMarkdown(editor.getText());
            }
        });
        HBox actions = new HBox(8, edit);
        if (onBackTranslate != null) {
            Button back = new Button(Messages.get("compare.backTranslate"));
            back.setOnAction(e -> onBackTranslate.run());
            actions.getChildren().add(back);
        }
        aid.getStyleClass().add(Styles.MUTED);
        aid.setMinWidth(0);
        aid.setPrefWidth(0);
        aid.setManaged(false);
        getChildren().addAll(header, text, actions, aid);
    }

    /**
     * The edit-to-win editor, hidden until shown. Arabic and other shaped scripts are edited unwrapped (JavaFX 21
     * garbles them wrapped); the rendered view above follows the editor, so the whole correction stays readable.
     */
    private static TextArea editor(int position, String original, PauseTransition settle) {
        TextArea editor = new TextArea(original);
        ComplexText.fit(editor, original);
        editor.setFont(Font.font(AppFonts.familyFor(original), 14));
        editor.textProperty().addListener((o, was, now) -> {
            if (editor.isVisible()) {
                settle.playFromStart();
            }
        });
        editor.setVisible(false);
        editor.setManaged(false);
        editor.setAccessibleText(Messages.get("compare.edit") + " " + (position + 1));
        return editor;
    }

    ComboBox<Integer> rankBox() {
        return rank;
    }

    void showAid(String text) {
        aid.setDocument(MarkdownDocument.plainText(text));
        aid.setManaged(true);
    }
}
