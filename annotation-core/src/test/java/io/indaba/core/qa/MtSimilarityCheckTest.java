package io.indaba.core.qa;

import org.junit.jupiter.api.Test;

import java.util.List;

import static io.indaba.core.qa.QaItems.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MtSimilarityCheckTest {

    private final MtSimilarityCheck check = new MtSimilarityCheck();

    private static QaSegment withDraft(String target, String draft) {
        return new QaSegment("q1", QaItemKind.MCQ, QaFields.QUESTION, "ig", "Why?", target, draft);
    }

    @Test
    void reportsAnUneditedDraftAfterDecodingEntities() {
        QaFinding f = run(check, withDraft("N'ihi na ha enweghị nucleic acid", "N&#39;ihi na ha enweghị nucleic acid"))
                .get(0);
        assertTrue(f.message().contains("almost unedited (0% changed)"), f.message());
    }

    @Test
    void reportsATargetUnrelatedToItsDraft() {
        QaFinding f = run(check, withDraft("Ha chọrọ nje enyemaka", "Zzzz qqqq xxxx wwww yyyy")).get(0);
        assertTrue(f.message().contains("in the right field?"), f.message());
    }

    @Test
    void acceptsAPostEditAndSkipsShortOrDraftlessSegments() {
        assertEquals(List.of(), run(check, withDraft("Ha chọrọ nje na-enyere aka", "Ha chọrọ nje enyemaka")));
        assertEquals(List.of(), run(check, withDraft("Ian", "Ian")));
        assertEquals(List.of(), run(check, withDraft("Ha chọrọ nje enyemaka", null)));
    }
}
