package io.indaba.app.translate;

import io.indaba.app.common.Messages;
import io.indaba.app.theme.Styles;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;

/** Search and replace across the language's translations: find, replace, regex, preview count, progress, cancel. */
final class SearchReplaceBar extends HBox {

    final TextField find = new TextField();

    SearchReplaceBar(SearchReplaceViewModel model) {
        setId("editor-replace");
        getStyleClass().add(EditorStyles.REPLACE);
        find.setId("replace-find");
        find.setPromptText(Messages.get("translate.replace.find"));
        find.textProperty().bindBidirectional(model.findProperty());
        find.setOnAction(e -> model.preview());
        TextField replacement = new TextField();
        replacement.setId("replace-with");
        replacement.setPromptText(Messages.get("translate.replace.with"));
        replacement.textProperty().bindBidirectional(model.replacementProperty());
        CheckBox regex = new CheckBox(Messages.get("translate.regex"));
        regex.selectedProperty().bindBidirectional(model.regexProperty());
        Button preview = new Button(Messages.get("translate.replace.previewButton"));
        preview.setOnAction(e -> model.preview());
        Button apply = new Button(Messages.get("translate.replace.all"));
        apply.setId("replace-all");
        apply.setOnAction(e -> model.apply());
        Button cancel = new Button(Messages.get("translate.replace.cancel"));
        cancel.setOnAction(e -> model.cancel());
        cancel.disableProperty().bind(model.runningProperty().not());
        preview.disableProperty().bind(model.runningProperty());
        apply.disableProperty().bind(model.runningProperty());
        ProgressBar bar = new ProgressBar();
        bar.progressProperty().bind(model.progressProperty());
        bar.visibleProperty().bind(model.runningProperty());
        Label result = new Label();
        result.setId("replace-result");
        result.getStyleClass().add(Styles.MUTED);
        result.textProperty().bind(model.resultProperty());
        Label lang = new Label();
        lang.getStyleClass().add(Styles.TAG);
        lang.textProperty().bind(model.langProperty());
        getChildren().addAll(lang, find, replacement, regex, preview, apply, cancel, bar, result);
    }
}
