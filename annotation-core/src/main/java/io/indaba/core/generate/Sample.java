package io.indaba.core.generate;

import io.indaba.plugin.ChatMessage;
import java.util.List;

/**
 * One candidate still to make: prompt item, model, requested language and sample index. The key names it in the
 * project, so a retried or resumed request for the same sample is the same candidate.
 */
public record Sample(long itemId, String itemExternalId, List<ChatMessage> messages, String model, String lang,
                     int index) {

    /** The candidate's external id: unique per prompt among generated candidates. */
    public String key() {
        return key(model, lang, index);
    }

    static String key(String model, String lang, int index) {
        return model + "#" + lang + "#" + index;
    }
}
