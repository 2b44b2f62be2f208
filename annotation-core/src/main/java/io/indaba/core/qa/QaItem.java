package io.indaba.core.qa;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One item as the checks see it: its segments plus what only the whole item knows, the answer key in source and
 * target and the glossary terms that apply.
 *
 * @param itemId       the item's id (a Winogrande qID, an MMLU row id)
 * @param kind         what sort of item it is
 * @param lang         BCP-47 tag of the target language
 * @param sourceAnswer the answer key of the source ("A", "2", "2.0"), or null when the item has none
 * @param targetAnswer the answer key delivered with the translation, or null
 * @param segments     the fields, each with source and target text
 * @param glossary     terms that apply to this item's language
 */
public record QaItem(String itemId, QaItemKind kind, String lang, String sourceAnswer, String targetAnswer,
                     List<QaSegment> segments, List<GlossaryTerm> glossary) {

    /** Copies the lists and checks that every segment belongs to this item. */
    public QaItem {
        Objects.requireNonNull(itemId, "itemId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(lang, "lang");
        segments = List.copyOf(segments);
        glossary = glossary == null ? List.of() : List.copyOf(glossary);
        for (QaSegment s : segments) {
            if (!s.itemId().equals(itemId) || s.itemKind() != kind || !s.lang().equals(lang)) {
                throw new IllegalArgumentException("segment " + s.itemId() + "/" + s.field() + " (" + s.itemKind()
                        + ", " + s.lang() + ") does not belong to item " + itemId + " (" + kind + ", " + lang + ")");
            }
        }
    }

    /** An item without answer key or glossary, such as a prompt or free text. */
    public static QaItem of(String itemId, QaItemKind kind, String lang, List<QaSegment> segments) {
        return new QaItem(itemId, kind, lang, null, null, segments, List.of());
    }

    /** An item holding just one segment, for checking a field as it is edited. */
    public static QaItem of(QaSegment segment) {
        return of(segment.itemId(), segment.itemKind(), segment.lang(), List.of(segment));
    }

    /** The segment of {@code field}, if the item has one. */
    public Optional<QaSegment> segment(String field) {
        for (QaSegment s : segments) {
            if (s.field().equals(field)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    /** The option segments ordered by option number. */
    public List<QaSegment> options() {
        List<QaSegment> out = new ArrayList<>();
        for (QaSegment s : segments) {
            if (s.isOption()) {
                out.add(s);
            }
        }
        out.sort(Comparator.comparingInt(s -> QaFields.optionNumber(s.field())));
        return out;
    }

    /** The same item with {@code field}'s target replaced, for applying a fix. */
    public QaItem withTarget(String field, String newTarget) {
        List<QaSegment> changed = new ArrayList<>(segments.size());
        for (QaSegment s : segments) {
            changed.add(s.field().equals(field) ? s.withTarget(newTarget) : s);
        }
        return new QaItem(itemId, kind, lang, sourceAnswer, targetAnswer, changed, glossary);
    }
}
