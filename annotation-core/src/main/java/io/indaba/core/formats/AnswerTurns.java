package io.indaba.core.formats;

import java.util.List;
import java.util.Map;

/**
 * An answer that came as several chat turns: its text is the assistant turns joined by a blank line (what a
 * plain-text export and the annotator read), and the turns themselves are kept in the candidate's {@code messages}
 * metadata so that conversational exports write them back as they were ({@link PromptMessages#answer}).
 */
final class AnswerTurns {

    /** Between two assistant turns of one answer in its text. */
    static final String JOIN = "\n\n";

    private AnswerTurns() {
    }

    /** The answer's text; with more than one turn, the turns go to {@code meta} under {@code messages}. */
    static String keep(List<JsonRow.Message> turns, Map<String, Object> meta) {
        if (turns.size() == 1) {
            return turns.get(0).content();
        }
        meta.put("messages", turns.stream().map(JsonRow.Message::asMap).toList());
        return text(turns);
    }

    /** The assistant turns' text, joined; empty when there is none. */
    static String text(List<JsonRow.Message> turns) {
        StringBuilder text = new StringBuilder();
        for (JsonRow.Message m : turns) {
            if ("assistant".equals(m.role())) {
                text.append(text.isEmpty() ? "" : JOIN).append(m.content());
            }
        }
        return text.toString();
    }
}
