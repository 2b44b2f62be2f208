package io.indaba.app.stats;

import io.indaba.core.base.LanguageTags;

/** A language offered in a selector: its tag and how the user reads it ("am — Amharic"). */
public record LanguageChoice(String tag, String label) {

    /** The choice for a tag, labelled with its English name. */
    public static LanguageChoice of(String tag) {
        return new LanguageChoice(tag, tag + " — " + LanguageTags.displayName(tag));
    }

    @Override
    public String toString() {
        return label;
    }
}
