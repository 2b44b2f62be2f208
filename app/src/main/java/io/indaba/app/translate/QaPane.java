package io.indaba.app.translate;

import io.indaba.app.common.Messages;
import io.indaba.app.keys.KeyMap;
import io.indaba.app.theme.Styles;
import io.indaba.core.qa.QaFinding;
import io.indaba.core.qa.Severity;
import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;

/** The QA findings of the item: field, severity and message, a fix button where the check offers a safe fix. */
final class QaPane extends ScrollPane {

    private final VBox list = new VBox();
    private final QaViewModel model;

    QaPane(QaViewModel model, Consumer<QaFinding> fix) {
        this.model = model;
        setId("editor-qa");
        setFitToWidth(true);
        list.getStyleClass().add(EditorStyles.SIDE);
        setContent(list);
        Runnable show = () -> {
            list.getChildren().clear();
            if (model.findings().isEmpty()) {
                list.getChildren().add(muted(Messages.get("translate.qa.none")));
            }
            for (int i = 0; i < model.findings().size(); i++) {
                QaFinding f = model.findings().get(i);
                Label head = new Label((f.severity() == Severity.ERROR ? "● " : "○ ") + f.field() + " · " + f.checkId());
                if (f.severity() == Severity.ERROR) {
                    head.getStyleClass().add(EditorStyles.WARNING);
                }
                Label message = new Label(f.message());
                message.setWrapText(true);
                VBox card = new VBox(3, head, message);
                card.getStyleClass().add(Styles.CARD);
                if (i == model.currentProperty().get()) {
                    card.setStyle("-fx-border-color: -color-accent-emphasis;");
                }
                if (f.autoFix().isPresent()) {
                    Button apply = new Button(Messages.format("translate.qa.fix",
                            KeyMap.TRANSLATE_FIX_FINDING.combination().getDisplayText()));
                    apply.setFocusTraversable(false);
                    apply.setOnAction(e -> fix.accept(f));
                    card.getChildren().add(apply);
                }
                list.getChildren().add(card);
            }
        };
        model.findings().addListener((ListChangeListener<QaFinding>) c -> show.run());
        model.currentProperty().addListener((o, was, now) -> show.run());
        show.run();
    }

    private static Label muted(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(Styles.MUTED);
        label.setWrapText(true);
        return label;
    }
}
