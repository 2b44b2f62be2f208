package io.indaba.core.audit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One reviewer's answers on one item in one language under one guideline version: field key to the values chosen
 * (one value, several for multiple choice, the text of a free-text field), and a note.
 */
public record Audit(long id, long itemId, String lang, String reviewerId, int guidelineVersion,
                    Map<String, List<String>> answers, String note, String createdAt) {

    public Audit {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        if (answers != null) {
            answers.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        }
        answers = java.util.Collections.unmodifiableMap(copy);
        note = note == null || note.isBlank() ? null : note.strip();
    }

    /** The answer to one field, empty when unanswered. */
    public List<String> answer(String field) {
        return answers.getOrDefault(field, List.of());
    }
}
