package io.indaba.core.qa;

import org.junit.jupiter.api.Test;

import java.util.List;

import static io.indaba.core.qa.QaItems.run;
import static io.indaba.core.qa.QaItems.text;
import static org.junit.jupiter.api.Assertions.assertEquals;

class NotNfcCheckTest {

    private final NotNfcCheck check = new NotNfcCheck();

    @Test
    void offersTheComposedFormAsFix() {
        QaFinding f = run(check, text("bm", "Yes", "Ayiwa, a\u0301 ka di")).get(0);
        assertEquals("Ayiwa, á ka di", f.autoFix().orElseThrow());
        assertEquals(List.of(new TextRange(7, 9)), f.ranges());
        assertEquals("1 character is not in normal form C (NFC).", f.message());
    }

    @Test
    void acceptsIgboToneOnDotBelowThatHasNoPrecomposedForm() {
        assertEquals(List.of(), run(check, text("ig", "yes", "\u1ECD\u0301ma")));
        assertEquals(1, run(check, text("ig", "yes", "o\u0323\u0301ma")).size());
    }
}
