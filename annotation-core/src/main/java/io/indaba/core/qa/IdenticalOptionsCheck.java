package io.indaba.core.qa;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code identical-options}: two options translated to the same text (Bambara "So" for both "home" and "house")
 * make the item unanswerable. Options that are already the same in the source are not the translator's doing.
 */
public final class IdenticalOptionsCheck implements QaCheck {

    /** The check id. */
    public static final String ID = "identical-options";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "Two options have the same translation although their sources differ.";
    }

    @Override
    public List<QaFinding> check(QaItem item, LanguageRules rules) {
        List<QaSegment> options = item.options();
        List<QaFinding> out = new ArrayList<>(0);
        for (int j = 1; j < options.size(); j++) {
            QaSegment later = options.get(j);
            if (later.isTargetBlank()) {
                continue;
            }
            String target = TextMatching.comparable(later.targetText());
            for (int i = 0; i < j; i++) {
                QaSegment earlier = options.get(i);
                if (!earlier.isTargetBlank() && target.equals(TextMatching.comparable(earlier.targetText()))
                        && !TextMatching.comparable(earlier.sourceText())
                                .equals(TextMatching.comparable(later.sourceText()))) {
                    out.add(QaFinding.of(ID, Severity.ERROR, later, later.field() + " has the same translation as "
                            + earlier.field() + " (\"" + later.targetText().strip() + "\") but the sources differ (\""
                            + strip(earlier.sourceText()) + "\" / \"" + strip(later.sourceText()) + "\")."));
                    break;
                }
            }
        }
        return out;
    }

    private static String strip(String text) {
        return text == null ? "" : text.strip();
    }
}
