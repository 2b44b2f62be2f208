package io.indaba.core.qa;

import org.junit.jupiter.api.Test;

import java.util.List;

import static io.indaba.core.qa.QaItems.run;
import static io.indaba.core.qa.QaItems.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EmptyCheckTest {

    private final EmptyCheck check = new EmptyCheck();

    @Test
    void reportsMissingAndBlankTranslations() {
        assertTrue(run(check, text("bm", "Hello", null)).get(0).message().contains("not translated"));
        assertTrue(run(check, text("bm", "Hello", " \u200B\u00A0")).get(0).message().contains("blank"));
        assertEquals(Severity.ERROR, run(check, text("bm", "Hello", "")).get(0).severity());
    }

    @Test
    void acceptsTextAndEmptySources() {
        assertEquals(List.of(), run(check, text("bm", "Hello", "I ni ce")));
        assertEquals(List.of(), run(check, text("bm", "", null)));
        assertEquals(List.of(), run(check, text("bm", null, "")));
    }
}
