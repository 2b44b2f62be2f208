package io.indaba.core.qa;

import com.ibm.icu.lang.UScript;

import java.util.Map;

/**
 * What the checks expect of one target language's orthography.
 *
 * @param script         the ICU script the language is written in, or {@link UScript#INVALID_CODE} if unknown
 * @param confusables    letters of other scripts that typists put in place of this language's letters, mapped to
 *                       the right letter ({@code ε} U+03B5 to {@code ɛ} U+025B in Bambara)
 * @param fullStop       the sentence-final stop the orthography uses instead of ASCII '.', or null to accept '.'
 * @param joinersAllowed whether ZWJ and ZWNJ are part of the orthography (Indic, Arabic, Persian)
 * @param lengthRatio    plausible target/source lengths
 * @param mtSimilarity   plausible distances from the machine draft
 */
public record LanguageRules(int script, Map<Integer, Integer> confusables, String fullStop, boolean joinersAllowed,
                            LengthRatioBounds lengthRatio, MtSimilarityBounds mtSimilarity) {

    /** Rules for a language nothing is known about: generic bounds, no script expectations. */
    public static final LanguageRules DEFAULT = new LanguageRules(UScript.INVALID_CODE, Map.of(), null, false,
            new LengthRatioBounds(0.4, 2.5, 20), new MtSimilarityBounds(0.02, 0.9, 10));

    /** Copies the map and rejects missing bounds. */
    public LanguageRules {
        confusables = confusables == null ? Map.of() : Map.copyOf(confusables);
        if (lengthRatio == null || mtSimilarity == null) {
            throw new IllegalArgumentException("bounds are required");
        }
        if (fullStop != null && fullStop.isEmpty()) {
            fullStop = null;
        }
    }

    /** These rules for a language written in {@code newScript}. */
    public LanguageRules withScript(int newScript) {
        return new LanguageRules(newScript, confusables, fullStop, joinersAllowed, lengthRatio, mtSimilarity);
    }

    /** These rules with another confusable-letter map. */
    public LanguageRules withConfusables(Map<Integer, Integer> newConfusables) {
        return new LanguageRules(script, newConfusables, fullStop, joinersAllowed, lengthRatio, mtSimilarity);
    }

    /** These rules requiring {@code stop} at the end of sentences instead of '.'; null accepts '.'. */
    public LanguageRules withFullStop(String stop) {
        return new LanguageRules(script, confusables, stop, joinersAllowed, lengthRatio, mtSimilarity);
    }

    /** These rules with ZWJ/ZWNJ allowed or not. */
    public LanguageRules withJoinersAllowed(boolean allowed) {
        return new LanguageRules(script, confusables, fullStop, allowed, lengthRatio, mtSimilarity);
    }

    /** These rules with other length-ratio bounds. */
    public LanguageRules withLengthRatio(LengthRatioBounds bounds) {
        return new LanguageRules(script, confusables, fullStop, joinersAllowed, bounds, mtSimilarity);
    }

    /** These rules with other machine-draft bounds. */
    public LanguageRules withMtSimilarity(MtSimilarityBounds bounds) {
        return new LanguageRules(script, confusables, fullStop, joinersAllowed, lengthRatio, bounds);
    }
}
