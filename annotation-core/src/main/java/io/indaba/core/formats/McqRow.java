package io.indaba.core.formats;

import java.util.Map;

/**
 * One multiple-choice question read from a file, before it is stored.
 *
 * @param line   1-based line in the file
 * @param row    1-based record number (headers not counted)
 * @param fields {@code question, A, B, C, D}
 * @param answer the canonical letter A–D
 * @param layout item-metadata keys that reproduce the file's spelling
 */
record McqRow(long line, int row, Map<String, String> fields, String answer, Map<String, String> layout) {
}
