package io.indaba.core.translate;

/**
 * A stored translation that an import replaced: the item and field, the text and status before and after. A CAT
 * tool that fills identical sources with one translation shows up here item by item.
 */
public record TranslationChange(String item, String field, String lang, String oldText, String newText,
                                String oldStatus, String status) {

    /** One line for the terminal: {@code item field [lang]: old → new (status)}. */
    public String line() {
        return item + " " + field + " [" + lang + "]: " + oldText + " → " + newText
                + (oldStatus.equals(status) ? " (" + status + ")" : " (" + oldStatus + " → " + status + ")");
    }
}
