package io.indaba.core.formats;

import java.util.Map;

/**
 * One Winogrande record read from a file, before it is stored.
 *
 * @param line         1-based line in the file
 * @param row          1-based record number
 * @param qId          the item id
 * @param fields       {@code sentence, option1, option2}
 * @param answer       "1" or "2", or null for an unlabelled test item
 * @param meta         split and the layout keys of the source side
 * @param translated   the target side's fields, or null in a source-only file
 * @param targetLayout the layout keys of the bilingual file, or null
 */
record WinograndeRow(long line, int row, String qId, Map<String, String> fields, String answer,
                     Map<String, String> meta, Map<String, String> translated, Map<String, String> targetLayout) {
}
