package io.indaba.core.qa;

/**
 * The field names segments use, so checks can find the Winogrande sentence or the options of an item.
 *
 * <p>Options are numbered from 1 for both kinds: Winogrande {@code option1}, {@code option2}; MCQ choices A-D are
 * {@code option1}-{@code option4}.
 */
public final class QaFields {

    /** The Winogrande sentence holding the blank. */
    public static final String SENTENCE = "sentence";
    /** The question of a multiple-choice item. */
    public static final String QUESTION = "question";
    /** A preference-data prompt. */
    public static final String PROMPT = "prompt";
    /** Free text. */
    public static final String TEXT = "text";
    /** Item-level findings about the answer key. */
    public static final String ANSWER = "answer";
    /** Item-level findings about the set of options. */
    public static final String OPTIONS = "options";
    /** Findings about the item as a whole. */
    public static final String ITEM = "item";

    private static final String OPTION_PREFIX = "option";

    private QaFields() {
    }

    /** The field of option {@code number} (1-based). */
    public static String option(int number) {
        if (number < 1) {
            throw new IllegalArgumentException("options are numbered from 1: " + number);
        }
        return OPTION_PREFIX + number;
    }

    /** The 1-based option number of {@code field}, or 0 when it is not an option field. */
    public static int optionNumber(String field) {
        if (field == null || !field.startsWith(OPTION_PREFIX) || field.length() == OPTION_PREFIX.length()
                || field.length() > OPTION_PREFIX.length() + 3) {
            return 0;
        }
        int n = 0;
        for (int i = OPTION_PREFIX.length(); i < field.length(); i++) {
            char c = field.charAt(i);
            if (c < '0' || c > '9') {
                return 0;
            }
            n = n * 10 + (c - '0');
        }
        return n;
    }
}
