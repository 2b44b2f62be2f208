package io.indaba.core.qa;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UScript;
import io.indaba.core.text.Scripts;
import io.indaba.core.text.Word;
import io.indaba.core.text.Words;

import java.util.List;
import java.util.Optional;

/**
 * {@code same-as-source}: the translation is the English text, left untranslated. Names, acronyms and numbers
 * (Winogrande options "Ian", "GPS"; an MCQ option "1990") rightly stay as they are and are not reported.
 */
public final class SameAsSourceCheck extends SegmentCheck {

    /** The check id. */
    public static final String ID = "same-as-source";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "The translation is identical to the source text.";
    }

    @Override
    protected Optional<QaFinding> checkSegment(QaSegment segment, QaItem item, LanguageRules rules) {
        if (segment.isTargetBlank() || segment.isSourceBlank() || plainlyDifferent(segment)
                || !TextMatching.comparable(segment.sourceText()).equals(TextMatching.comparable(segment.targetText()))
                || onlyNamesAndNumbers(segment.sourceText())) {
            return Optional.empty();
        }
        return Optional.of(finding(Severity.WARNING, segment, segment.field() + " is identical to the source."));
    }

    // A cheap early exit for most segments: NFC and case folding keep a letter in its script, so an ASCII source
    // can never equal a target holding, say, an Ethiopic or Devanagari letter.
    private static boolean plainlyDifferent(QaSegment segment) {
        if (!TextMatching.isAscii(segment.sourceText())) {
            return false;
        }
        String target = segment.targetText();
        for (int i = 0; i < target.length(); ) {
            int cp = target.codePointAt(i);
            if (cp >= 0x370 && !Scripts.isNeutral(Scripts.of(cp)) && Scripts.of(cp) != UScript.LATIN) {
                return true;
            }
            i += Character.charCount(cp);
        }
        return false;
    }

    // True when no word starts with a lower-case letter: proper nouns, acronyms, numbers and symbols only.
    private static boolean onlyNamesAndNumbers(String text) {
        List<Word> words = Words.of(text);
        for (Word w : words) {
            int first = w.text().codePointAt(0);
            if (UCharacter.isLowerCase(first)) {
                return false;
            }
        }
        return true;
    }
}
