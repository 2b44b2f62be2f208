package io.indaba.core.qa;

import org.junit.jupiter.api.Test;

import java.util.List;

import static io.indaba.core.qa.QaItems.run;
import static io.indaba.core.qa.QaItems.segment;
import static io.indaba.core.qa.QaItems.text;
import static org.junit.jupiter.api.Assertions.assertEquals;

class SameAsSourceCheckTest {

    private final SameAsSourceCheck check = new SameAsSourceCheck();

    @Test
    void reportsUntranslatedText() {
        QaFinding f = run(check, segment(QaItemKind.WINOGRANDE, QaFields.option(1), "bm", "the house", "The  house"))
                .get(0);
        assertEquals("option1 is identical to the source.", f.message());
        assertEquals(Severity.WARNING, f.severity());
    }

    @Test
    void acceptsNamesAcronymsAndNumbers() {
        assertEquals(List.of(), run(check, text("bm", "Ian", "Ian")));
        assertEquals(List.of(), run(check, text("bm", "GPS", "GPS")));
        assertEquals(List.of(), run(check, text("bm", "HIV-1", "HIV-1")));
        assertEquals(List.of(), run(check, text("bm", "1990", "1990")));
        assertEquals(List.of(), run(check, text("bm", "Kyle Logan", "Kyle Logan")));
        assertEquals(List.of(), run(check, text("bm", "the house", "so")));
    }
}
