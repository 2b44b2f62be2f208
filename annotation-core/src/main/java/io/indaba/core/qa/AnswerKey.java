package io.indaba.core.qa;

import java.util.OptionalInt;

/**
 * Reads an answer key as a 0-based option index, whatever way the delivery wrote it: MCQ letters "A"-"D" or
 * Hugging Face integers 0-3; Winogrande "1"/"2", also as "2.0".
 */
final class AnswerKey {

    private AnswerKey() {
    }

    /** The 0-based option index {@code raw} names for an item of {@code kind}, or empty when it is not a key. */
    static OptionalInt index(QaItemKind kind, String raw) {
        if (raw == null) {
            return OptionalInt.empty();
        }
        String key = raw.strip();
        if (key.length() == 1 && Character.isLetter(key.charAt(0))) {
            char c = Character.toUpperCase(key.charAt(0));
            return c >= 'A' && c <= 'Z' ? OptionalInt.of(c - 'A') : OptionalInt.empty();
        }
        Integer number = wholeNumber(key);
        if (number == null) {
            return OptionalInt.empty();
        }
        // Winogrande counts options from 1; MCQ integers are Hugging Face's 0-based choice index
        int index = kind == QaItemKind.WINOGRANDE ? number - 1 : number;
        return index >= 0 ? OptionalInt.of(index) : OptionalInt.empty();
    }

    private static Integer wholeNumber(String key) {
        String digits = key.endsWith(".0") ? key.substring(0, key.length() - 2) : key;
        if (digits.isEmpty() || digits.length() > 6 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return null;
        }
        return Integer.parseInt(digits);
    }
}
