package io.indaba.app.prefer;

import com.fasterxml.jackson.databind.JsonNode;
import io.indaba.app.common.Messages;
import io.indaba.app.markdown.MarkdownView;
import io.indaba.app.theme.Styles;
import io.indaba.core.item.Item;
import io.indaba.core.store.Json;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** The prompt with its conversation context: each earlier turn labelled by role, the last user turn last. */
final class PromptPane extends VBox {

    PromptPane() {
        setSpacing(6);
        getStyleClass().add(Styles.CARD);
    }

    void show(Item item, String responseLang) {
        getChildren().clear();
        Label heading = new Label(Messages.get("compare.prompt"));
        heading.getStyleClass().add(Styles.HEADING);
        String promptLang = item.meta().getOrDefault("lang", item.sourceLang());
        Label langs = new Label(Messages.format("compare.promptLang", promptLang, responseLang));
        langs.getStyleClass().add(Styles.MUTED);
        getChildren().addAll(heading, langs);
        String messages = item.meta().get("messages");
        if (messages != null && !messages.isBlank()) {
            try {
                for (JsonNode turn : Json.MAPPER.readTree(messages)) {
                    String role = turn.path("role").asText("user");
                    Label who = new Label(roleName(role));
                    who.getStyleClass().add(Styles.MUTED);
                    getChildren().addAll(who, markdown(turn.path("content").asText("")));
                }
                return;
            } catch (java.io.IOException | RuntimeException e) {
                // A damaged message list falls back to the plain prompt below.
                getChildren().retainAll(heading, langs);
            }
        }
        getChildren().add(markdown(item.field("prompt")));
    }

    private static String roleName(String role) {
        return switch (role) {
            case "system" -> Messages.get("compare.turn.system");
            case "assistant" -> Messages.get("compare.turn.assistant");
            case "user" -> Messages.get("compare.turn.user");
            default -> role;
        };
    }

    private static MarkdownView markdown(String text) {
        MarkdownView view = new MarkdownView();
        view.setMarkdown(text);
        return view;
    }
}
