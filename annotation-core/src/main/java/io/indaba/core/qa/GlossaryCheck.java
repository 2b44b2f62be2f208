package io.indaba.core.qa;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code glossary}: a source term of the item's glossary occurs in the source but none of its approved
 * translations occurs in the target. Source terms match at the start of a word, case-insensitively, so "virus"
 * also finds "viruses"; target terms match anywhere, because many target languages attach prefixes (Amharic የ-).
 */
public final class GlossaryCheck extends SegmentCheck {

    /** The check id. */
    public static final String ID = "glossary";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "A glossary term in the source is not translated with its approved target term.";
    }

    @Override
    protected Optional<QaFinding> checkSegment(QaSegment segment, QaItem item, LanguageRules rules) {
        if (item.glossary().isEmpty() || segment.isTargetBlank() || segment.isSourceBlank()) {
            return Optional.empty();
        }
        String source = TextMatching.comparable(segment.sourceText());
        String target = TextMatching.comparable(segment.targetText());
        Map<String, List<String>> alternatives = new LinkedHashMap<>();
        for (GlossaryTerm term : item.glossary()) {
            alternatives.computeIfAbsent(TextMatching.comparable(term.source()), k -> new ArrayList<>())
                    .add(term.target());
        }
        List<String> missing = new ArrayList<>();
        alternatives.forEach((sourceTerm, targets) -> {
            if (!sourceTerm.isEmpty() && startsAWord(source, sourceTerm)
                    && targets.stream().noneMatch(t -> target.contains(TextMatching.comparable(t)))) {
                missing.add("\"" + sourceTerm + "\" → " + String.join(" / ", targets));
            }
        });
        if (missing.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(finding(Severity.WARNING, segment,
                "Glossary terms not used: " + String.join("; ", missing) + "."));
    }

    private static boolean startsAWord(String text, String term) {
        for (int i = text.indexOf(term); i >= 0; i = text.indexOf(term, i + 1)) {
            if (i == 0 || !Character.isLetterOrDigit(text.codePointBefore(i))) {
                return true;
            }
        }
        return false;
    }
}
