package io.indaba.core.qa;

import com.ibm.icu.lang.UCharacter;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code punctuation}: the sentence ends with the full stop of the language's orthography. Amharic and Tigrinya
 * end sentences with ። (U+1362), yet most deliveries type an ASCII '.', or two Ethiopic wordspaces ፡፡ or "::" for
 * it (and sometimes a doubled ".."). The fix replaces that final stop, inside any closing quote or bracket.
 */
public final class PunctuationCheck extends SegmentCheck {

    /** The check id. */
    public static final String ID = "punctuation";

    // What typists write for a stop their keyboard lacks, longest first
    private static final Map<String, List<String>> SUBSTITUTES = Map.of(
            "\u1362", List.of("\u1361\u1361", "::", "..", "."));
    private static final List<String> DEFAULT_SUBSTITUTES = List.of("..", ".");

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "The sentence does not end with the full stop of the language's orthography (Amharic ።).";
    }

    @Override
    protected Optional<QaFinding> checkSegment(QaSegment segment, QaItem item, LanguageRules rules) {
        String stop = rules.fullStop();
        if (stop == null || segment.isTargetBlank()) {
            return Optional.empty();
        }
        String target = segment.targetText();
        int end = endOfSentence(target);
        if (target.startsWith(stop, end - stop.length())) {
            return Optional.empty();
        }
        for (String wrong : SUBSTITUTES.getOrDefault(stop, DEFAULT_SUBSTITUTES)) {
            int at = end - wrong.length();
            if (at >= 0 && target.startsWith(wrong, at) && !(wrong.startsWith(".") && at > 0
                    && target.charAt(at - 1) == '.')) { // "..." is an ellipsis, ".." a doubled stop
                String fixed = target.substring(0, at) + stop + target.substring(end);
                return Optional.of(finding(Severity.WARNING, segment,
                        "The sentence ends with \"" + wrong + "\" instead of the full stop " + stop + ".")
                        .withRanges(List.of(new TextRange(at, end))).withFix(fixed));
            }
        }
        return Optional.empty();
    }

    // The index just after the last char that is not a space, a closing quote or a closing bracket.
    private static int endOfSentence(String text) {
        int end = text.length();
        while (end > 0) {
            int cp = text.codePointBefore(end);
            int type = UCharacter.getType(cp);
            if (!UCharacter.isUWhiteSpace(cp) && type != UCharacter.END_PUNCTUATION
                    && type != UCharacter.FINAL_PUNCTUATION && cp != '"' && cp != '\'') {
                break;
            }
            end -= Character.charCount(cp);
        }
        return end;
    }
}
