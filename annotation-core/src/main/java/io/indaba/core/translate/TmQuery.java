package io.indaba.core.translate;

/**
 * What to look up: a source segment in a language pair, the item field it belongs to (excluded from its own
 * suggestions), the minimum percentage and the number of suggestions wanted.
 *
 * @param itemId 0 when the segment belongs to no item
 */
public record TmQuery(String sourceLang, String targetLang, String source, long itemId, String field,
                      int minPercent, int maxResults) {

    public TmQuery {
        if (source == null) {
            throw new IllegalArgumentException("source text is required");
        }
        if (minPercent < 0 || minPercent > 100) {
            throw new IllegalArgumentException("minimum percentage must be 0 to 100, not " + minPercent);
        }
        if (maxResults < 0) {
            throw new IllegalArgumentException("maximum results must not be negative");
        }
        field = field == null ? "" : field;
    }

    /** A lookup with the defaults: at least {@value TranslationMemory#DEFAULT_MIN_PERCENT}%, at most
     * {@value TranslationMemory#DEFAULT_MAX_RESULTS} suggestions, no item to exclude. */
    public static TmQuery of(String sourceLang, String targetLang, String source) {
        return new TmQuery(sourceLang, targetLang, source, 0, "", TranslationMemory.DEFAULT_MIN_PERCENT,
                TranslationMemory.DEFAULT_MAX_RESULTS);
    }

    /** The same lookup for the segment of this item field, which is left out of its own suggestions. */
    public TmQuery forItem(long newItemId, String newField) {
        return new TmQuery(sourceLang, targetLang, source, newItemId, newField, minPercent, maxResults);
    }

    /** The same lookup with another minimum percentage. */
    public TmQuery atLeast(int percent) {
        return new TmQuery(sourceLang, targetLang, source, itemId, field, percent, maxResults);
    }

    /** The same lookup with another maximum number of suggestions. */
    public TmQuery atMost(int results) {
        return new TmQuery(sourceLang, targetLang, source, itemId, field, minPercent, results);
    }
}
