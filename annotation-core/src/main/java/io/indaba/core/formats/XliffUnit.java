package io.indaba.core.formats;

import io.indaba.core.translate.TranslationStatus;
import java.util.List;

/**
 * One translation unit read from an XLIFF file.
 *
 * @param line       the line of its start tag
 * @param externalId the Indaba item id it belongs to
 * @param segments   its segments in order
 * @param unitId     the unit id as written (decoded), before any {@code item/field} split
 * @param original   the {@code original} (or id) of the enclosing {@code <file>}, null when absent
 * @param notes      the unit's notes, in order
 */
record XliffUnit(long line, String externalId, List<Segment> segments, String unitId, String original,
                 List<String> notes) {

    XliffUnit {
        segments = List.copyOf(segments);
        notes = List.copyOf(notes);
    }

    /**
     * One segment: the field it translates (null when the file did not say), source and target text, status.
     *
     * @param target null when the segment has no target
     * @param stated whether the file gave a state; without one the status is the format's default
     */
    record Segment(String field, String source, String target, TranslationStatus status, boolean stated) {
    }
}
