package io.indaba.core.qa;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One problem a check found in one field of one item.
 *
 * <p>A fix is the whole replacement target text, computed from the target the check saw. Apply one fix, then check
 * again: two fixes for the same field were each computed from the old text.
 *
 * @param checkId     the id of the check that found it, such as {@code blank-count}
 * @param severity    how bad it is
 * @param itemId      the item
 * @param field       the field (see {@link QaFields}); item-level findings use {@code answer} or {@code options}
 * @param lang        the target language
 * @param message     what is wrong, for the translator
 * @param fixedTarget the corrected target text when the correction is safe to apply without asking, else null
 * @param ranges      where in the target text the problem is; empty when it is the text as a whole
 */
public record QaFinding(String checkId, Severity severity, String itemId, String field, String lang,
                        String message, String fixedTarget, List<TextRange> ranges) {

    /** Checks the identifying fields and copies the ranges. */
    public QaFinding {
        Objects.requireNonNull(checkId, "checkId");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(itemId, "itemId");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(lang, "lang");
        Objects.requireNonNull(message, "message");
        ranges = ranges == null ? List.of() : List.copyOf(ranges);
    }

    /** A finding about {@code segment} without fix or ranges. */
    public static QaFinding of(String checkId, Severity severity, QaSegment segment, String message) {
        return new QaFinding(checkId, severity, segment.itemId(), segment.field(), segment.lang(), message, null,
                List.of());
    }

    /** A finding about a whole item, filed under {@code field}. */
    public static QaFinding of(String checkId, Severity severity, QaItem item, String field, String message) {
        return new QaFinding(checkId, severity, item.itemId(), field, item.lang(), message, null, List.of());
    }

    /** The safe replacement target text, when there is one. */
    public Optional<String> autoFix() {
        return Optional.ofNullable(fixedTarget);
    }

    /** The same finding offering {@code fixed} as its automatic fix. */
    public QaFinding withFix(String fixed) {
        return new QaFinding(checkId, severity, itemId, field, lang, message, fixed, ranges);
    }

    /** The same finding pointing at {@code where} in the target text. */
    public QaFinding withRanges(List<TextRange> where) {
        return new QaFinding(checkId, severity, itemId, field, lang, message, fixedTarget, where);
    }
}
