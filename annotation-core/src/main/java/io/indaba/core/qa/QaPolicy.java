package io.indaba.core.qa;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A project's QA settings: rules per target language and the checks it has switched off.
 *
 * @param defaults       rules for languages without their own entry
 * @param languages      rules keyed by lower-case language tag ("am", "pt-br")
 * @param disabledChecks ids of checks not to run
 */
public record QaPolicy(LanguageRules defaults, Map<String, LanguageRules> languages, Set<String> disabledChecks) {

    /** Copies the collections and lower-cases the language keys. */
    public QaPolicy {
        if (defaults == null) {
            throw new IllegalArgumentException("defaults are required");
        }
        Map<String, LanguageRules> byTag = new HashMap<>();
        if (languages != null) {
            languages.forEach((tag, rules) -> byTag.put(key(tag), rules));
        }
        languages = Map.copyOf(byTag);
        disabledChecks = disabledChecks == null ? Set.of() : Set.copyOf(disabledChecks);
    }

    /** Indaba's built-in rules for the languages it knows (Amharic full stop, Bambara open vowels, ...). */
    public static QaPolicy standard() {
        return new QaPolicy(LanguageRules.DEFAULT, StandardLanguageRules.all(), Set.of());
    }

    /**
     * The rules for {@code lang}: its own entry, else its primary language's ("am" for "am-ET"), else the defaults.
     */
    public LanguageRules rulesFor(String lang) {
        if (lang == null) {
            return defaults;
        }
        String tag = key(lang);
        LanguageRules exact = languages.get(tag);
        if (exact != null) {
            return exact;
        }
        int dash = tag.indexOf('-');
        return dash > 0 ? languages.getOrDefault(tag.substring(0, dash), defaults) : defaults;
    }

    /** Whether the check with {@code checkId} should run. */
    public boolean isEnabled(String checkId) {
        return !disabledChecks.contains(checkId);
    }

    /** This policy with {@code rules} for {@code lang}. */
    public QaPolicy withLanguage(String lang, LanguageRules rules) {
        Map<String, LanguageRules> copy = new HashMap<>(languages);
        copy.put(key(lang), rules);
        return new QaPolicy(defaults, copy, disabledChecks);
    }

    /** This policy with the checks {@code checkIds} switched off as well. */
    public QaPolicy withDisabled(String... checkIds) {
        Set<String> copy = new HashSet<>(disabledChecks);
        copy.addAll(Set.of(checkIds));
        return new QaPolicy(defaults, languages, copy);
    }

    private static String key(String tag) {
        return tag.trim().replace('_', '-').toLowerCase(Locale.ROOT);
    }
}
