package io.indaba.core.translate;

import java.util.Locale;

/**
 * A source and target language as BCP-47 tags. Tags compare case-insensitively, and a bare language matches its
 * regional forms ("en" covers "en-US") so a TMX written for en-US still serves an "en" project; "sr-Latn" and
 * "sr-Cyrl" stay apart.
 */
public record LanguagePair(String source, String target) {

    public LanguagePair {
        source = canonical(source);
        target = canonical(target);
    }

    /** Whether a text in {@code sourceTag} translated into {@code targetTag} belongs to this pair. */
    public boolean covers(String sourceTag, String targetTag) {
        return sameLanguage(source, sourceTag) && sameLanguage(target, targetTag);
    }

    /** Whether two tags name the same language, the bare language matching any of its variants. */
    public static boolean sameLanguage(String a, String b) {
        String x = canonical(a);
        String y = canonical(b);
        if (x.equals(y)) {
            return true;
        }
        String shorter = x.length() < y.length() ? x : y;
        String longer = x.length() < y.length() ? y : x;
        return shorter.indexOf('-') < 0 && longer.startsWith(shorter + "-");
    }

    /** The primary language subtag, e.g. "am" for "am-ET". */
    public static String primary(String tag) {
        String c = canonical(tag);
        int dash = c.indexOf('-');
        return dash < 0 ? c : c.substring(0, dash);
    }

    private static String canonical(String tag) {
        if (tag == null || tag.isBlank()) {
            throw new IllegalArgumentException("language tag is empty");
        }
        return tag.strip().replace('_', '-').toLowerCase(Locale.ROOT);
    }
}
