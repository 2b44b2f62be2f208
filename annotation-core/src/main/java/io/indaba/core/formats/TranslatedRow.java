package io.indaba.core.formats;

import java.util.Map;

/**
 * One row of a translated file, before it is attached to its English item.
 *
 * @param line       1-based line in the file
 * @param externalId the English item's id as this row names it
 * @param collection the English items' collection
 * @param position   the row's position, matched against the English item's when attaching by position
 * @param texts      translated text per field
 * @param answer     the answer key the row carries (checked against the English item), or null
 * @param layout     item-metadata keys that reproduce the translated file's spelling
 */
record TranslatedRow(long line, String externalId, String collection, int position, Map<String, String> texts,
                     String answer, Map<String, String> layout) {
}
