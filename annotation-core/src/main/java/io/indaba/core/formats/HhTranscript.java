package io.indaba.core.formats;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Anthropic HH-RLHF transcripts: {@code "\n\nHuman: …\n\nAssistant: …"}, split into chat turns. Two turns of one
 * role in a row stay two turns (the file has them, and merging would change what the model saw).
 */
final class HhTranscript {

    /** A speaker label at the start of a turn; the file puts a blank line before every one but maybe the first. */
    private static final Pattern TURN = Pattern.compile("(?:\\A|\\n\\n)(Human|Assistant):[ ]?");

    private HhTranscript() {
    }

    /** Whether {@code text} reads as a transcript: it opens with a Human turn and has an Assistant turn. */
    static boolean looksLike(String text) {
        String t = text.startsWith("\n\n") ? text.substring(2) : text;
        return t.startsWith("Human:") && text.contains("\n\nAssistant:");
    }

    /** The turns, in order, each with its text exactly as written between the labels. */
    static List<JsonRow.Message> parse(String text) {
        Matcher m = TURN.matcher(text);
        List<JsonRow.Message> turns = new ArrayList<>();
        String role = null;
        int start = 0;
        while (m.find()) {
            if (role != null) {
                turns.add(new JsonRow.Message(role, text.substring(start, m.start())));
            }
            role = m.group(1).equals("Human") ? "user" : "assistant";
            start = m.end();
        }
        if (role != null) {
            turns.add(new JsonRow.Message(role, text.substring(start)));
        }
        return turns;
    }
}
