package io.indaba.core.qa;

import org.junit.jupiter.api.Test;

import java.util.List;

import static io.indaba.core.qa.QaItems.run;
import static org.junit.jupiter.api.Assertions.assertEquals;

class GlossaryCheckTest {

    private final GlossaryCheck check = new GlossaryCheck();

    private static QaItem withGlossary(String source, String target, GlossaryTerm... terms) {
        QaSegment s = new QaSegment("q1", QaItemKind.MCQ, QaFields.QUESTION, "am", source, target);
        return new QaItem("q1", QaItemKind.MCQ, "am", null, null, List.of(s), List.of(terms));
    }

    @Test
    void reportsATermTranslatedOtherwise() {
        QaFinding f = run(check, withGlossary("Which Viruses need a helper?", "የትኞቹ ጀርሞች ረዳት ያስፈልጋቸዋል?",
                new GlossaryTerm("virus", "ቫይረስ"))).get(0);
        assertEquals("Glossary terms not used: \"virus\" → ቫይረስ.", f.message());
        assertEquals(Severity.WARNING, f.severity());
    }

    @Test
    void acceptsTheTermInsideAPrefixedWordAndAlternatives() {
        assertEquals(List.of(), run(check, withGlossary("The virus", "የቫይረሱ",
                new GlossaryTerm("virus", "ቫይረስ"), new GlossaryTerm("virus", "ቫይረሱ"))));
        // "virus" does not start a word in "antivirus" and "RNA" is not in "mRNA"
        assertEquals(List.of(), run(check, withGlossary("antivirus mRNA", "ፀረ",
                new GlossaryTerm("virus", "ቫይረስ"), new GlossaryTerm("RNA", "አር ኤን ኤ"))));
    }

    @Test
    void rejectsBlankTerms() {
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> new GlossaryTerm(" ", "x"));
    }
}
