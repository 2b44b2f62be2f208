package io.indaba.app.translate;

import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * What the item list shows: the target language, a status filter, a QA check id (items with a finding of that
 * check, or null for any) and a search over source and target text, plain (case-insensitive) or regex.
 */
public record ItemFilter(String lang, StatusFilter status, String checkId, String search, boolean regex) {

    public ItemFilter {
        status = status == null ? StatusFilter.ANY : status;
        search = search == null ? "" : search;
    }

    /** The search as a pattern, or null for no search; throws {@link PatternSyntaxException} on a bad regex. */
    public Pattern pattern() {
        if (search.isEmpty()) {
            return null;
        }
        return regex ? Pattern.compile(search, Pattern.UNICODE_CASE | Pattern.CASE_INSENSITIVE)
                : Pattern.compile(Pattern.quote(search), Pattern.UNICODE_CASE | Pattern.CASE_INSENSITIVE);
    }
}
