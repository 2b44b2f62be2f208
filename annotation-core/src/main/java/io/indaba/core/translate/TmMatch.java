package io.indaba.core.translate;

import java.util.List;

/**
 * One fuzzy-match suggestion: never applied by itself, only shown for the translator to take or leave.
 *
 * @param percentage 0–100, 100 when the sources are the same after normalisation
 * @param source     the match's source text as stored
 * @param target     its translation
 * @param origin     {@link #PROJECT} for the project's own translations, else the memory entry's origin (e.g. the
 *                   TMX file it was imported from)
 * @param itemId     the project item the translation belongs to, 0 for an imported memory entry
 * @param field      that item's field, empty for an imported memory entry
 * @param entryId    the {@code tm_entry} row, 0 for a project translation
 * @param diff       the match's source against the current source, for display
 */
public record TmMatch(int percentage, String source, String target, String origin, long itemId, String field,
                      long entryId, List<DiffOp> diff) {

    /** The origin of suggestions taken from the project's own translations. */
    public static final String PROJECT = "project";

    public TmMatch {
        diff = List.copyOf(diff);
    }
}
