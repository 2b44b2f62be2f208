package io.indaba.app.prefer;

import io.indaba.app.common.Messages;
import io.indaba.app.team.ProfileDialog;
import io.indaba.app.team.ProfileForm;
import io.indaba.app.theme.Styles;
import java.util.function.Consumer;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** With no profile yet, the annotator creates theirs in the team's profile editor (languages with proficiency). */
final class NewAnnotatorForm extends VBox {

    /** A form that stores the new profile through {@code access} and hands its id to {@code created}. */
    NewAnnotatorForm(ProjectAccess access, Consumer<String> created) {
        super(8);
        Label error = new Label();
        error.getStyleClass().add(Styles.ERROR);
        Button create = new Button(Messages.get("compare.newAnnotator.create"));
        create.setId("compare-new-profile");
        create.getStyleClass().add(Styles.ACCENT);
        create.setOnAction(e -> ProfileDialog.ask(getScene(), new ProfileForm()).ifPresent(a ->
                access.run(Messages.get("compare.newAnnotator.create"), p -> {
                    p.annotators().save(a, a.id());
                    return a.id();
                }, created, ex -> error.setText(Messages.format("compare.newAnnotator.bad", ex.getMessage())))));
        getChildren().addAll(new Label(Messages.get("compare.noAnnotators")), create, error);
        setMaxWidth(520);
    }
}
