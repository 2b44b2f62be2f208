package io.indaba.app.prefer;

import io.indaba.app.Messages;
import io.indaba.app.markdown.MarkdownView;
import io.indaba.app.theme.AppFonts;
import io.indaba.app.theme.Styles;
import io.indaba.core.prefer.Candidate;
import java.util.function.Consumer;
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

/**
 * One response as the annotator sees it: a neutral label (model names hidden), the text rendered from Markdown,
 * an edit-to-win editor, an optional back-translation, and a rank box when more than two are compared.
 */
final class ResponseCard extends VBox {

    private final ComboBox<Integer> rank = new ComboBox<>();
    private final Label edited = new Label(Messages.get("compare.edited"));
    private final Label aid = new Label();

    ResponseCard(int position, int count, Candidate candidate, Consumer<String> onEdit, Runnable onBackTranslate) {
        getStyleClass().add(Styles.CARD);
        setSpacing(6);
        setPadding(new Insets(8));
        setMinWidth(260);
        HBox.setHgrow(this, Priority.ALWAYS);
        Label title = new Label(Messages.format("compare.response", position + 1));
        title.getStyleClass().add(Styles.HEADING);
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

        TextArea editor = new TextArea(candidate.text());
        editor.setWrapText(true);
        editor.setFont(Font.font(AppFonts.familyFor(candidate.text()), 14));
        editor.setVisible(false);
        editor.setManaged(false);
        editor.setAccessibleText(Messages.get("compare.edit") + " " + (position + 1));
        Button edit = new Button(Messages.get("compare.edit"));
        edit.setOnAction(e -> {
            boolean opening = !editor.isVisible();
            editor.setVisible(opening);
            editor.setManaged(opening);
            edit.setText(Messages.get(opening ? "compare.edit.done" : "compare.edit"));
            if (opening) {
                editor.requestFocus();
            } else {
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
        aid.setWrapText(true);
        aid.getStyleClass().add(Styles.MUTED);
        aid.setManaged(false);
        getChildren().addAll(header, text, editor, actions, aid);
    }

    ComboBox<Integer> rankBox() {
        return rank;
    }

    void showAid(String text) {
        aid.setText(text);
        aid.setManaged(true);
        aid.setFont(Font.font(AppFonts.familyFor(text), 13));
    }
}
