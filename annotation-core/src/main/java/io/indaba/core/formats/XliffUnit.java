package io.indaba.core.formats;

import io.indaba.core.translate.TranslationStatus;
import java.util.List;

/**
 * One translation unit read from an XLIFF file.
 *
 * @param line       the line of its start tag
 * @param externalId the Indaba item id it belongs to
 * @param segments   its segments in order
 */
record XliffUnit(long line, String externalId, List<Segment> segments) {

    /**
     * One segment: the field it translates (null when the file did not say), source and target text, status.
     *
     * @param target null when the segment has no target
     * @param stated whether the file gave a state; without one the status is the format's default
     */
    record Segment(String field, String source, String target, TranslationStatus status, boolean stated) {
    }
}
