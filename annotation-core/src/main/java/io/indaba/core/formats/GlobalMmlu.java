package io.indaba.core.formats;

import java.util.List;
import java.util.Locale;

/**
 * The public Global-MMLU shape: its columns, where an item keeps the row it came from, and the rule that maps votes
 * to reviewers. Vote i of each list is reviewer {@code global-mmlu-<i+1>}; {@code required_knowledge} is the
 * {@code knowledge} field and {@code time_sensitive} ("Yes"/"No") the {@code time_sensitive} field. Going out, a
 * reviewer's multiple-choice answer is one vote: its first value other than "none" in taxonomy order, else "none".
 * {@code culture}, {@code region}, {@code country}, {@code reference}, {@code cultural_sensitivity_label} and
 * {@code is_annotated} travel with the stored row (their names are not the ISO / M49 codes the taxonomy uses).
 */
final class GlobalMmlu {

    static final List<String> COLUMNS = List.of("sample_id", "subject", "subject_category", "question", "option_a",
            "option_b", "option_c", "option_d", "answer", "required_knowledge", "time_sensitive", "reference", "culture",
            "region", "country", "cultural_sensitivity_label", "is_annotated");

    /** The columns Indaba holds itself; the others are carried from the stored row. */
    static final List<String> MODELLED = List.of("question", "option_a", "option_b", "option_c", "option_d", "answer",
            "required_knowledge", "time_sensitive");

    static final String REVIEWER = "global-mmlu-";

    private GlobalMmlu() {
    }

    /** Item meta key of the row a file in {@code lang} held for the item. */
    static String rowKey(String lang) {
        return "global-mmlu.row." + lang;
    }

    /** Item meta key of the row's place in that file, so rows go out in the file's order, not by subject. */
    static String orderKey(String lang) {
        return "global-mmlu.order." + lang;
    }

    /** Item meta key of the CSV dialect and header of the file the row came from. */
    static String csvKey(String lang) {
        return "global-mmlu.csv." + lang;
    }

    /** The item field an option column holds: option_a is A. */
    static String field(String column) {
        return column.startsWith("option_") ? column.substring(7).toUpperCase(Locale.ROOT) : column;
    }

    static boolean csv(java.nio.file.Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv");
    }
}
