package io.indaba.core.text;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UCharacterEnums.ECharacterCategory;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into words: runs of letters, combining marks, digits and joiners.
 *
 * <p>Punctuation, spaces, the Winogrande blank {@code _} and the Ethiopic wordspace all separate words. This is
 * deliberately simpler than ICU word breaking: checks need script runs, not dictionary segmentation.
 */
public final class Words {

    private Words() {
    }

    /** The words of {@code text} in order; empty for null or text without letters or digits. */
    public static List<Word> of(String text) {
        List<Word> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        int start = -1;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            boolean inWord = isWordPart(cp);
            if (inWord && start < 0) {
                start = i;
            } else if (!inWord && start >= 0) {
                out.add(new Word(start, i, text.substring(start, i)));
                start = -1;
            }
            i += Character.charCount(cp);
        }
        if (start >= 0) {
            out.add(new Word(start, text.length(), text.substring(start)));
        }
        return out;
    }

    /** Whether a code point belongs inside a word. */
    public static boolean isWordPart(int cp) {
        if (cp == 0x200C || cp == 0x200D) {
            return true; // ZWNJ and ZWJ shape letters inside Indic and Arabic words
        }
        return switch (UCharacter.getType(cp)) {
            case ECharacterCategory.UPPERCASE_LETTER, ECharacterCategory.LOWERCASE_LETTER,
                 ECharacterCategory.TITLECASE_LETTER, ECharacterCategory.MODIFIER_LETTER,
                 ECharacterCategory.OTHER_LETTER, ECharacterCategory.NON_SPACING_MARK,
                 ECharacterCategory.COMBINING_SPACING_MARK, ECharacterCategory.ENCLOSING_MARK,
                 ECharacterCategory.DECIMAL_DIGIT_NUMBER, ECharacterCategory.LETTER_NUMBER,
                 ECharacterCategory.OTHER_NUMBER -> true;
            default -> false;
        };
    }
}
