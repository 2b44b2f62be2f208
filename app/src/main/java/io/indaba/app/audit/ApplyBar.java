package io.indaba.app.audit;

import io.indaba.app.common.Messages;
import io.indaba.app.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/** The bar under a lead's editor: the version (marked when edited), Apply, Revert and the last outcome. */
final class ApplyBar extends HBox {

    /**
     * @param idPrefix   prefix of the node ids ({@code PREFIX-version}, {@code -apply}, {@code -revert}, {@code -message})
     * @param versionKey message key of the version line
     * @param editedKey  message key of the version line while the draft differs from it
     */
    ApplyBar(VersionedDraft model, String idPrefix, String versionKey, String editedKey) {
        super(10);
        Label version = new Label();
        version.setId(idPrefix + "-version");
        version.textProperty().bind(Bindings.createStringBinding(() -> Messages.format(model.dirtyProperty().get()
                ? editedKey : versionKey, model.versionProperty().get()),
                model.versionProperty(), model.dirtyProperty()));
        Button apply = TaxonomyEditorView.button(idPrefix + "-apply", "audit.edit.apply", model::apply);
        apply.getStyleClass().add(Styles.ACCENT);
        apply.disableProperty().bind(model.dirtyProperty().not());
        Button revert = TaxonomyEditorView.button(idPrefix + "-revert", "audit.edit.revert", model::revert);
        revert.disableProperty().bind(model.dirtyProperty().not());
        Label message = new Label();
        message.setId(idPrefix + "-message");
        message.setWrapText(true);
        message.setMinWidth(0);
        HBox.setHgrow(message, Priority.ALWAYS);
        message.textProperty().bind(model.messageProperty());
        getChildren().addAll(version, apply, revert, message);
        setAlignment(Pos.CENTER_LEFT);
    }
}
