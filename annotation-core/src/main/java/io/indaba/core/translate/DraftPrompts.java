package io.indaba.core.translate;

import io.indaba.plugin.ChatMessage;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The system prompt an LLM drafter sends per language pair: a template with {@code {source}} and {@code {target}}
 * (English language names), chosen by {@code "en>am"}, then {@code "*>am"}, then the default.
 */
public final class DraftPrompts {

    /** Asks for the translation alone: anything else would land in the translator's draft. */
    public static final String DEFAULT = "You are a professional translator. Translate the user's text from {source} "
            + "into {target}. Keep numbers, names, placeholders, blanks (_) and formatting as they are. Answer with "
            + "the translation only, without quotes or notes.";

    private final Map<String, String> byPair;

    /** Templates keyed {@code "src>tgt"} or {@code "*>tgt"}; the default covers every other pair. */
    public DraftPrompts(Map<String, String> byPair) {
        this.byPair = Map.copyOf(byPair);
    }

    /** The default template for every pair. */
    public static DraftPrompts standard() {
        return new DraftPrompts(Map.of());
    }

    /** The system prompt for one pair. */
    public String system(String sourceLang, String targetLang) {
        String template = byPair.getOrDefault(sourceLang + ">" + targetLang,
                byPair.getOrDefault("*>" + targetLang, DEFAULT));
        return template.replace("{source}", name(sourceLang)).replace("{target}", name(targetLang));
    }

    /** The conversation for one text: the pair's system prompt and the text as the user turn. */
    public List<ChatMessage> messages(String sourceLang, String targetLang, String text) {
        return List.of(new ChatMessage("system", system(sourceLang, targetLang)), new ChatMessage("user", text));
    }

    private static String name(String tag) {
        String name = Locale.forLanguageTag(tag).getDisplayName(Locale.ENGLISH);
        return name.isBlank() ? tag : name;
    }
}
