package io.indaba.core.qa;

import org.junit.jupiter.api.Test;

import java.util.List;

import static io.indaba.core.qa.QaItems.run;
import static io.indaba.core.qa.QaItems.segment;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BlankCountCheckTest {

    private final BlankCountCheck check = new BlankCountCheck();

    private static QaSegment sentence(String target) {
        return segment(QaItemKind.WINOGRANDE, QaFields.SENTENCE, "am", "Ian ate because _ liked it.", target);
    }

    @Test
    void acceptsExactlyOneBlank() {
        assertEquals(List.of(), run(check, sentence("ኢያን _ ስለወደደ በላ።")));
    }

    @Test
    void reportsALostBlankWithoutFix() {
        List<QaFinding> found = run(check, sentence("Since Ian likes to eat guts, he is willing."));
        assertEquals(1, found.size());
        QaFinding f = found.get(0);
        assertEquals("blank-count", f.checkId());
        assertEquals(Severity.ERROR, f.severity());
        assertEquals(QaFields.SENTENCE, f.field());
        assertEquals("am", f.lang());
        assertTrue(f.autoFix().isEmpty());
    }

    @Test
    void fixesADoubledBlankButNotTwoBlanks() {
        QaFinding doubled = run(check, sentence("Nke __ pere mpe.")).get(0);
        assertEquals("Nke _ pere mpe.", doubled.autoFix().orElseThrow());
        assertEquals(List.of(new TextRange(4, 5), new TextRange(5, 6)), doubled.ranges());
        QaFinding two = run(check, sentence("bawo _ tun bɛ _ ye.")).get(0);
        assertTrue(two.autoFix().isEmpty());
        assertEquals(2, two.ranges().size());
    }

    @Test
    void looksOnlyAtWinograndeSentences() {
        assertEquals(List.of(), run(check, segment(QaItemKind.WINOGRANDE, QaFields.option(1), "am", "Ian", "ኢያን")));
        assertEquals(List.of(), run(check, segment(QaItemKind.MCQ, QaFields.QUESTION, "am", "a _ b", "a b")));
        assertEquals(List.of(), run(check, sentence("  "))); // empty is the empty check's business
    }
}
