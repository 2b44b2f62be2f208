package io.indaba.core.qa;

import java.util.Objects;

/**
 * One translatable field of an item: its English source, the translator's target and, when one was shown, the
 * machine draft. Texts may be null (not yet translated, no draft).
 *
 * @param itemId       the item this field belongs to
 * @param itemKind     what sort of item it is
 * @param field        which field, as named in {@link QaFields}
 * @param lang         BCP-47 tag of the target language
 * @param sourceText   the source (English) text
 * @param targetText   the translation, or null when there is none yet
 * @param machineDraft the machine translation the translator started from, or null
 */
public record QaSegment(String itemId, QaItemKind itemKind, String field, String lang, String sourceText,
                        String targetText, String machineDraft) {

    /** Checks the identifying fields; texts stay nullable. */
    public QaSegment {
        Objects.requireNonNull(itemId, "itemId");
        Objects.requireNonNull(itemKind, "itemKind");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(lang, "lang");
    }

    /** A segment without a machine draft. */
    public QaSegment(String itemId, QaItemKind itemKind, String field, String lang, String sourceText,
                     String targetText) {
        this(itemId, itemKind, field, lang, sourceText, targetText, null);
    }

    /** The same segment with another target text, for applying a fix. */
    public QaSegment withTarget(String newTarget) {
        return new QaSegment(itemId, itemKind, field, lang, sourceText, newTarget, machineDraft);
    }

    /** Whether this field is an answer option. */
    public boolean isOption() {
        return QaFields.optionNumber(field) > 0;
    }

    /** Whether the target has no visible content: null, empty, or only spaces and invisible characters. */
    public boolean isTargetBlank() {
        return TextMatching.isBlank(targetText);
    }

    /** Whether the source has no visible content. */
    public boolean isSourceBlank() {
        return TextMatching.isBlank(sourceText);
    }
}
