package io.indaba.core.translate;

/**
 * What importing one machine-translation file stored.
 *
 * @param origin     the origin the drafts carry, {@code mt:<file name>}
 * @param targetLang the language taken from the file name
 * @param rows       rows read
 * @param drafts     field drafts stored (empty fields are not drafts)
 * @param unmatched  rows whose item is not (yet) in the project; their drafts are kept for when it is
 */
public record MachineDraftImport(String origin, String targetLang, int rows, int drafts, int unmatched) {
}
