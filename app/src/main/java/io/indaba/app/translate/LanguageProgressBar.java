package io.indaba.app.translate;

import io.indaba.app.common.Messages;
import io.indaba.app.theme.Styles;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;

/** Progress per target language along the top of the editor: tag, bar, finished of total fields. */
final class LanguageProgressBar extends HBox {

    LanguageProgressBar(ItemListViewModel model) {
        getStyleClass().add(EditorStyles.PROGRESS);
        setId("editor-progress");
        model.progress().addListener((ListChangeListener<LanguageProgress>) c -> {
            getChildren().clear();
            for (LanguageProgress lang : model.progress()) {
                Label tag = new Label(lang.lang());
                tag.getStyleClass().add(Styles.TAG);
                ProgressBar bar = new ProgressBar(lang.fraction());
                bar.setId("editor-progress-" + lang.lang());
                bar.setPrefWidth(110);
                Label counts = new Label(Messages.format("translate.progress", lang.finished(), lang.total()));
                counts.getStyleClass().add(Styles.MUTED);
                HBox one = new HBox(6, tag, bar, counts);
                one.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
                one.setAccessibleText(Messages.format("translate.progressAccessible", lang.lang(), lang.finished(),
                        lang.total()));
                getChildren().add(one);
            }
        });
    }
}
