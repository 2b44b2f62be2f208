package io.indaba.core.formats;

import java.math.BigDecimal;
import java.util.Locale;

/** Reads answer keys as deliveries spell them ({@code B}, {@code b}, {@code 2}, {@code 2.0}) into canonical form. */
final class AnswerKeys {

    private AnswerKeys() {
    }

    /** A multiple-choice letter A–D from a letter, or null when {@code raw} is not one. */
    static String letter(String raw) {
        String s = raw == null ? "" : raw.strip().toUpperCase(Locale.ROOT);
        return s.length() == 1 && s.charAt(0) >= 'A' && s.charAt(0) <= 'D' ? s : null;
    }

    /** A multiple-choice letter from a 0-based index 0–3 (the Hugging Face layout), or null. */
    static String letterFromIndex(String raw) {
        Integer n = integer(raw);
        return n != null && n >= 0 && n <= 3 ? String.valueOf((char) ('A' + n)) : null;
    }

    /** The Winogrande answer "1" or "2" from {@code 1}, {@code 2}, {@code 2.0}, ..., or null. */
    static String option(String raw) {
        Integer n = integer(raw);
        return n != null && (n == 1 || n == 2) ? n.toString() : null;
    }

    /**
     * Whether a Winogrande answer cell means "no label": empty, as in the official test split, or {@code 0}, as some
     * deliveries write it. Such items import unlabeled and export the cell as it was written.
     */
    static boolean unlabeled(String raw) {
        Integer n = integer(raw);
        return raw == null || raw.isBlank() || n != null && n == 0;
    }

    /** A whole number however it is written ({@code 2}, {@code 2.0}, {@code 2.00}), or null. */
    private static Integer integer(String raw) {
        if (raw == null || raw.isBlank() || raw.strip().length() > 20) {
            return null;
        }
        try {
            BigDecimal d = new BigDecimal(raw.strip());
            return d.stripTrailingZeros().scale() <= 0 ? d.intValueExact() : null;
        } catch (NumberFormatException | ArithmeticException e) {
            return null;
        }
    }
}
