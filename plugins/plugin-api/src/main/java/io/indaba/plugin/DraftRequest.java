package io.indaba.plugin;

import java.util.Map;

/**
 * What to draft: a source text in one language to be rendered in another (a translation draft, or a
 * back-translation/gloss when the target is the annotator's language), with optional context such as the item id,
 * the field name or the whole item.
 */
public record DraftRequest(String sourceLang, String targetLang, String text, Map<String, String> context) {
    public DraftRequest {
        if (text == null) {
            throw new IllegalArgumentException("text is required");
        }
        context = context == null ? Map.of() : Map.copyOf(context);
    }
}
