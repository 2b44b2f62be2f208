package io.indaba.core.qa;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code option-not-in-sentence}: in Winogrande the sentence names both candidates outside the blank ("Ian
 * volunteered to eat Dennis's menudo ... because _ despised ..."; options Ian, Dennis), so each option's text should
 * occur in the sentence. All 3,674 English rows of the project's Winogrande sample satisfy this when compared
 * case-insensitively as substrings (whole-word matching would miss "cups" for "cup"). Substrings also suit
 * agglutinative targets, where Amharic "ቤቱ" appears inside "ለቤቱ". The check warns only when the English
 * satisfies it and the translation does not, so a source quirk is never blamed on the translator.
 */
public final class OptionNotInSentenceCheck implements QaCheck {

    /** The check id. */
    public static final String ID = "option-not-in-sentence";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "A Winogrande option does not occur in the translated sentence, though the English names it.";
    }

    @Override
    public List<QaFinding> check(QaItem item, LanguageRules rules) {
        Optional<QaSegment> sentence = item.segment(QaFields.SENTENCE);
        if (item.kind() != QaItemKind.WINOGRANDE || sentence.isEmpty() || sentence.get().isTargetBlank()) {
            return List.of();
        }
        String source = withoutBlank(sentence.get().sourceText());
        String target = withoutBlank(sentence.get().targetText());
        List<QaFinding> out = new ArrayList<>(0);
        for (QaSegment option : item.options()) {
            String sourceOption = trimmed(option.sourceText());
            String targetOption = trimmed(option.targetText());
            if (sourceOption.isEmpty() || targetOption.isEmpty() || !source.contains(sourceOption)
                    || target.contains(targetOption)) {
                continue;
            }
            out.add(QaFinding.of(ID, Severity.WARNING, option, option.field() + " \"" + option.targetText().strip()
                    + "\" does not occur in the sentence, though the English sentence names \""
                    + option.sourceText().strip() + "\"."));
        }
        return out;
    }

    private static String withoutBlank(String sentence) {
        return TextMatching.comparable(sentence == null ? null : sentence.replace('_', ' '));
    }

    // Options sometimes carry a stray full stop or quote the sentence does not have at that place.
    private static String trimmed(String option) {
        String s = TextMatching.comparable(option);
        int start = 0;
        int end = s.length();
        while (start < end && !Character.isLetterOrDigit(s.codePointAt(start))) {
            start += Character.charCount(s.codePointAt(start));
        }
        while (end > start && !Character.isLetterOrDigit(s.codePointBefore(end))) {
            end -= Character.charCount(s.codePointBefore(end));
        }
        return s.substring(start, end);
    }
}
