package io.indaba.core.qa;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.Normalizer2;
import io.indaba.core.text.Nfc;
import io.indaba.core.text.Scripts;
import io.indaba.core.text.Word;
import io.indaba.core.text.Words;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code mixed-script}: a word that mixes writing systems, almost always a look-alike letter typed from the wrong
 * keyboard (Bambara "sεbεn" with Greek ε for Latin ɛ). Also reports a whole word written in look-alikes of the
 * language's own script. The fix maps the foreign letters through the language's confusable table and is offered
 * only when every one of them has a mapping; code-mixed words such as Amharic "የRNA" are reported without a fix.
 */
public final class MixedScriptCheck extends SegmentCheck {

    /** The check id. */
    public static final String ID = "mixed-script";

    // Scripts that share words by design: Japanese kanji with kana, Korean hanja with hangul
    private static final int[][] COMPATIBLE = {
        {UScript.HAN, UScript.HIRAGANA, UScript.KATAKANA},
        {UScript.HAN, UScript.HANGUL},
        {UScript.HAN, UScript.BOPOMOFO},
    };

    private static final int MAX_WORDS_IN_MESSAGE = 5;
    private static final Normalizer2 NFD = Normalizer2.getNFDInstance();

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "A word mixes letters of different scripts, such as a Greek ε in a Latin word.";
    }

    @Override
    protected Optional<QaFinding> checkSegment(QaSegment segment, QaItem item, LanguageRules rules) {
        String target = segment.targetText();
        if (target == null || (isLatinOnly(target)
                && (rules.script() == UScript.LATIN || rules.script() == UScript.INVALID_CODE))) {
            return Optional.empty();
        }
        int expected = rules.script() == UScript.INVALID_CODE ? Scripts.dominant(target) : rules.script();
        List<TextRange> ranges = new ArrayList<>();
        List<String> shown = new ArrayList<>();
        StringBuilder fixed = new StringBuilder(target.length());
        int copied = 0;
        boolean fixable = true;
        int flagged = 0;
        for (Word word : Words.of(target)) {
            int[] scripts = Scripts.of(word.text());
            int home = homeScript(scripts, word.text(), expected, rules.confusables());
            if (home == UScript.INVALID_CODE) {
                continue;
            }
            flagged++;
            fixed.append(target, copied, word.start());
            fixable &= mapForeign(target, word, home, rules.confusables(), ranges, fixed);
            copied = word.end();
            if (shown.size() < MAX_WORDS_IN_MESSAGE) {
                shown.add(word.text() + " (" + names(scripts, home) + ")");
            }
        }
        fixed.append(target, copied, target.length());
        if (flagged == 0) {
            return Optional.empty();
        }
        String message = (flagged == 1 ? "A word mixes scripts: " : flagged + " words mix scripts: ")
                + String.join(", ", shown) + (flagged > shown.size() ? ", ..." : "") + ".";
        QaFinding finding = finding(Severity.WARNING, segment, message).withRanges(ranges);
        if (!fixable) {
            return Optional.of(finding);
        }
        // a mapped letter may now have a precomposed form with its accent (Cyrillic ё becomes e + ◌̈, NFC ë)
        String result = Nfc.isNfc(target) ? Nfc.normalize(fixed.toString()) : fixed.toString();
        return Optional.of(finding.withFix(result));
    }

    /**
     * The script {@code word} should be in when it is to be reported, else INVALID_CODE: for a mixed word the
     * expected script if present, else its most used one; for a single-script word in another script than
     * expected, the expected one when every letter is a known look-alike of it.
     */
    private static int homeScript(int[] scripts, String word, int expected, Map<Integer, Integer> confusables) {
        if (scripts.length == 0 || (scripts.length == 1 && scripts[0] == expected)) {
            return UScript.INVALID_CODE;
        }
        if (scripts.length == 1) {
            return expected != UScript.INVALID_CODE && allConfusableInto(word, expected, confusables)
                    ? expected : UScript.INVALID_CODE;
        }
        if (isCompatible(scripts)) {
            return UScript.INVALID_CODE;
        }
        for (int s : scripts) {
            if (s == expected) {
                return expected;
            }
        }
        return Scripts.dominant(word);
    }

    // Records the runs of letters outside home as ranges and appends the word with them mapped to fixed.
    private static boolean mapForeign(String text, Word word, int home, Map<Integer, Integer> confusables,
                                      List<TextRange> ranges, StringBuilder fixed) {
        boolean fixable = true;
        int runStart = -1;
        for (int i = word.start(); i < word.end(); ) {
            int cp = text.codePointAt(i);
            int n = Character.charCount(cp);
            int script = Scripts.of(cp);
            if (!Scripts.isNeutral(script) && script != home) {
                String mapped = lookalike(cp, home, confusables);
                fixable &= mapped != null;
                fixed.append(mapped != null ? mapped : text.substring(i, i + n));
                runStart = runStart < 0 ? i : runStart;
            } else {
                fixed.appendCodePoint(cp);
                if (runStart >= 0) {
                    ranges.add(new TextRange(runStart, i));
                    runStart = -1;
                }
            }
            i += n;
        }
        if (runStart >= 0) {
            ranges.add(new TextRange(runStart, word.end()));
        }
        return fixable;
    }

    /**
     * The home-script letter {@code cp} stands for, or null. An accented look-alike (Greek ὲ) maps through its
     * canonical decomposition: the base letter is mapped and the accents kept (ɛ̀).
     */
    private static String lookalike(int cp, int home, Map<Integer, Integer> confusables) {
        Integer mapped = confusables.get(cp);
        if (mapped != null) {
            return Scripts.of(mapped) == home ? new String(Character.toChars(mapped)) : null;
        }
        String decomposed = NFD.getDecomposition(cp);
        if (decomposed == null) {
            return null;
        }
        int base = decomposed.codePointAt(0);
        String marks = decomposed.substring(Character.charCount(base));
        Integer mappedBase = confusables.get(base);
        if (mappedBase == null || Scripts.of(mappedBase) != home || Scripts.of(marks).length > 0) {
            return null;
        }
        return new String(Character.toChars(mappedBase)) + marks;
    }

    private static boolean allConfusableInto(String word, int script, Map<Integer, Integer> confusables) {
        for (int i = 0; i < word.length(); ) {
            int cp = word.codePointAt(i);
            i += Character.charCount(cp);
            if (UCharacter.isLetter(cp)) {
                Integer mapped = confusables.get(cp);
                if (mapped == null || Scripts.of(mapped) != script) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean isCompatible(int[] scripts) {
        for (int[] group : COMPATIBLE) {
            if (allIn(scripts, group)) {
                return true;
            }
        }
        return false;
    }

    private static boolean allIn(int[] values, int[] group) {
        for (int v : values) {
            boolean found = false;
            for (int g : group) {
                found |= g == v;
            }
            if (!found) {
                return false;
            }
        }
        return true;
    }

    // The word's own script first, then the intruders: "Latin+Greek".
    private static String names(int[] scripts, int home) {
        StringBuilder out = new StringBuilder(Scripts.name(home));
        for (int s : scripts) {
            if (s != home) {
                out.append('+').append(Scripts.name(s));
            }
        }
        return out.toString();
    }

    // Below U+0250 every letter is Latin: such text cannot mix scripts, so Latin languages skip word splitting.
    private static boolean isLatinOnly(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x250) {
                return false;
            }
        }
        return true;
    }
}
