package io.indaba.app.prefer;

import io.indaba.app.common.Messages;
import io.indaba.app.theme.Styles;
import io.indaba.core.prefer.Annotator;
import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.util.StringConverter;

/** The line above the comparison: whom the annotator judges as, how many they submitted, and the model's message. */
final class AnnotatorBar extends HBox {

    private final ComboBox<Annotator> annotators = new ComboBox<>();
    private final Label message = new Label();
    private final Label submitted = new Label();

    /** A bar that hands every annotator picked to {@code onPick}. */
    AnnotatorBar(Consumer<Annotator> onPick) {
        super(10);
        annotators.setId("compare-annotator");
        message.setId("compare-message");
        submitted.setId("compare-submitted");
        annotators.setAccessibleText(Messages.get("compare.annotator.accessible"));
        annotators.setConverter(new StringConverter<>() {
            @Override
            public String toString(Annotator a) {
                return a == null ? "" : a.id() + "  (" + String.join(", ", a.languages().keySet()) + ")";
            }

            @Override
            public Annotator fromString(String s) {
                return null;
            }
        });
        annotators.valueProperty().addListener((o, was, now) -> onPick.accept(now));
        message.getStyleClass().add(Styles.MUTED);
        getChildren().addAll(new Label(Messages.get("compare.judgingAs")), annotators, submitted, message);
        setAlignment(Pos.CENTER_LEFT);
    }

    /** Lists {@code all} and picks the one with id {@code select}, else the first; picks nothing when empty. */
    void show(List<Annotator> all, String select) {
        annotators.getItems().setAll(all);
        if (!all.isEmpty()) {
            annotators.setValue(all.stream().filter(a -> a.id().equals(select)).findFirst().orElse(all.get(0)));
        }
    }

    /** Shows the message and submitted count of {@code model} from now on. */
    void follow(ComparisonViewModel model) {
        message.textProperty().bind(model.messageProperty());
        submitted.textProperty().bind(model.submittedProperty().asString().map(n -> Messages.format("compare.submitted", n)));
    }

    /** Shows why loading failed, in place of the model's message (a bound label would refuse the text). */
    void fail(String text) {
        message.textProperty().unbind();
        message.setText(text);
    }
}
