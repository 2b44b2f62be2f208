package io.indaba.app.team;

import io.indaba.app.common.Messages;
import io.indaba.app.project.DialogFit;
import io.indaba.app.theme.Styles;
import io.indaba.core.prefer.Annotator;
import io.indaba.core.prefer.Proficiency;
import java.util.Optional;
import javafx.collections.ListChangeListener;
import javafx.event.ActionEvent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/** Adds or edits an annotator profile: pseudonymous id, name, languages with a proficiency each, one error line. */
public final class ProfileDialog extends Dialog<Annotator> {

    /** The Save button's type, so tests can find it. */
    public static final ButtonType SAVE = new ButtonType(Messages.get("team.profile.save"), ButtonBar.ButtonData.OK_DONE);

    private final ProfileForm form;
    private final GridPane lines = new GridPane();

    public ProfileDialog(Scene owner, ProfileForm form) {
        this.form = form;
        if (owner != null) {
            initOwner(owner.getWindow());
            getDialogPane().getStylesheets().setAll(owner.getStylesheets());
        }
        setTitle(Messages.get(form.editingProperty().get() ? "team.profile.editTitle" : "team.profile.addTitle"));
        getDialogPane().setId("profile-dialog");
        TextField id = new TextField();
        id.setId("profile-id");
        id.textProperty().bindBidirectional(form.idProperty());
        id.setEditable(!form.editingProperty().get());
        id.setPromptText(Messages.get("team.profile.idPrompt"));
        id.setAccessibleText(Messages.get("team.profile.id"));
        TextField name = new TextField();
        name.setId("profile-name");
        name.textProperty().bindBidirectional(form.nameProperty());
        name.setAccessibleText(Messages.get("team.profile.name"));
        GridPane top = new GridPane();
        top.setHgap(12);
        top.setVgap(6);
        top.addRow(0, new Label(Messages.get("team.profile.id")), id);
        top.addRow(1, new Label(Messages.get("team.profile.name")), name);
        lines.setHgap(8);
        lines.setVgap(6);
        Button add = new Button(Messages.get("team.profile.addLanguage"));
        add.setId("profile-add-language");
        add.setOnAction(e -> form.addLanguage());
        Label error = new Label();
        error.setId("profile-error");
        error.getStyleClass().add(Styles.ERROR);
        error.setWrapText(true);
        error.setMaxWidth(520);
        error.textProperty().bind(form.errorProperty());
        error.managedProperty().bind(error.textProperty().isNotEmpty());
        Label languagesHeading = new Label(Messages.get("team.profile.languages"));
        languagesHeading.getStyleClass().add(Styles.HEADING);
        getDialogPane().setContent(new VBox(10, top, languagesHeading, lines, add, error));
        getDialogPane().getButtonTypes().setAll(SAVE, ButtonType.CANCEL);
        // Keep the dialog open while the form is invalid; the error line says why.
        getDialogPane().lookupButton(SAVE).addEventFilter(ActionEvent.ACTION, e -> {
            if (form.build().isEmpty()) {
                e.consume();
            }
        });
        setResultConverter(button -> button == SAVE ? form.build().orElse(null) : null);
        form.languages().addListener((ListChangeListener<LanguageLine>) c -> showLines());
        showLines();
        DialogFit.refitOn(this, form.languages(), form.errorProperty());
    }

    /** Shows the dialog and returns the valid profile, or empty when cancelled. */
    public static Optional<Annotator> ask(Scene owner, ProfileForm form) {
        return new ProfileDialog(owner, form).showAndWait();
    }

    private void showLines() {
        lines.getChildren().clear();
        int row = 0;
        for (LanguageLine line : form.languages()) {
            TextField tag = new TextField();
            tag.setId("profile-tag-" + row);
            tag.setPrefColumnCount(8);
            tag.setPromptText(Messages.get("team.profile.tagPrompt"));
            tag.setAccessibleText(Messages.format("team.profile.tagAccessible", row + 1));
            tag.textProperty().bindBidirectional(line.tagProperty());
            ComboBox<Proficiency> level = new ComboBox<>();
            level.setId("profile-level-" + row);
            level.getItems().setAll(Proficiency.values());
            level.setConverter(new StringConverter<>() {
                @Override
                public String toString(Proficiency p) {
                    return p == null ? "" : LanguageChip.proficiencyLabel(p);
                }

                @Override
                public Proficiency fromString(String s) {
                    return null;
                }
            });
            level.valueProperty().bindBidirectional(line.proficiencyProperty());
            level.setAccessibleText(Messages.format("team.profile.levelAccessible", row + 1));
            Label icu = new Label();
            icu.getStyleClass().add(Styles.MUTED);
            icu.setMinWidth(160);
            icu.textProperty().bind(line.tagProperty().map(LanguageLine::nameOf));
            Button remove = new Button(Messages.get("team.profile.removeLanguage"));
            remove.setAccessibleText(Messages.format("team.profile.removeAccessible", row + 1));
            remove.setOnAction(e -> form.languages().remove(line));
            lines.addRow(row++, tag, level, icu, new HBox(remove));
        }
    }
}
