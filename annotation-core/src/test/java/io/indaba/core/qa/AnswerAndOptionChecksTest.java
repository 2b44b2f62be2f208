package io.indaba.core.qa;

import org.junit.jupiter.api.Test;

import java.util.List;

import static io.indaba.core.qa.QaItems.mcq;
import static io.indaba.core.qa.QaItems.run;
import static io.indaba.core.qa.QaItems.winogrande;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AnswerAndOptionChecksTest {

    private final AnswerChangedCheck answer = new AnswerChangedCheck();
    private final OptionCountCheck count = new OptionCountCheck();
    private final IdenticalOptionsCheck identical = new IdenticalOptionsCheck();

    @Test
    void answerKeysCompareByMeaningNotSpelling() {
        assertEquals(List.of(), run(answer, winogrande("bm", "_", "_", "a", "a", "b", "b", "2", "2.0")));
        assertEquals(List.of(), run(answer, mcq("ig", "B", "1", "w", "x", "y", "z"))); // Hugging Face index
        assertEquals(List.of(), run(answer, mcq("ig", "c", "C", "w", "x", "y", "z")));
    }

    @Test
    void reportsAChangedOrMissingAnswer() {
        QaFinding changed = run(answer, winogrande("bm", "_", "_", "a", "a", "b", "b", "1", "2")).get(0);
        assertEquals(Severity.ERROR, changed.severity());
        assertEquals(QaFields.ANSWER, changed.field());
        assertTrue(changed.message().contains("from 1 to 2"));
        assertTrue(run(answer, mcq("ig", "A", null, "w", "x")).get(0).message().contains("no answer key"));
        assertEquals(1, run(answer, mcq("ig", "A", "first", "w", "x")).size());
        assertEquals(List.of(), run(answer, mcq("ig", null, "A", "w", "x"))); // nothing to compare with
    }

    @Test
    void countsOptionsPerKind() {
        assertEquals(List.of(), run(count, mcq("ig", "A", "A", "w", "x", "y", "z")));
        assertEquals(1, run(count, mcq("ig", "A", "A", "w")).size());
        QaFinding pastTheEnd = run(count, mcq("ig", "D", "D", "w", "x", "y")).get(0);
        assertTrue(pastTheEnd.message().contains("points past the 3 options"));
        QaItem threeOptions = new QaItem("q1", QaItemKind.WINOGRANDE, "bm", "1", "1", List.of(
                QaItems.segment(QaItemKind.WINOGRANDE, QaFields.option(1), "bm", "a", "a"),
                QaItems.segment(QaItemKind.WINOGRANDE, QaFields.option(2), "bm", "b", "b"),
                QaItems.segment(QaItemKind.WINOGRANDE, QaFields.option(3), "bm", "c", "c")), List.of());
        assertTrue(run(count, threeOptions).get(0).message().contains("exactly 2 options"));
        assertEquals(List.of(), run(count, winogrande("bm", "_", "_", "a", "a", "b", "b")));
    }

    @Test
    void reportsOptionsTranslatedAlike() {
        List<QaFinding> found = run(identical, winogrande("bm", "the _ is smaller", "_ kani dɔgɔ",
                "home", "So", "house", " so "));
        assertEquals(1, found.size());
        assertEquals(QaFields.option(2), found.get(0).field());
        assertEquals(Severity.ERROR, found.get(0).severity());
        // the same in the source is not the translator's doing
        assertEquals(List.of(), run(identical, winogrande("bm", "_", "_", "Kim", "Kim", "Kim", "Kim")));
        assertEquals(List.of(), run(identical, winogrande("bm", "_", "_", "home", "So", "house", "Bon")));
        assertEquals(List.of(), run(identical, winogrande("bm", "_", "_", "home", "", "house", "")));
    }
}
