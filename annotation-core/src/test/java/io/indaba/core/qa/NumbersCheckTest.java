package io.indaba.core.qa;

import org.junit.jupiter.api.Test;

import java.util.List;

import static io.indaba.core.qa.QaItems.run;
import static io.indaba.core.qa.QaItems.text;
import static org.junit.jupiter.api.Assertions.assertEquals;

class NumbersCheckTest {

    private final NumbersCheck check = new NumbersCheck();

    @Test
    void acceptsTheSameValuesInAnyScript() {
        assertEquals(List.of(), run(check, text("am", "In 1,000 of 12 cases", "ከ፲፪ ጉዳዮች 1000")));
        assertEquals(List.of(), run(check, text("ar", "Take 25 mg", "خذ ٢٥ ملغ")));
        assertEquals(List.of(), run(check, text("hi", "Take 25 mg", "२५ मिलीग्राम लें")));
        assertEquals(List.of(), run(check, text("nqo", "Take 25 mg", "߂߅ ߡߜ")));
        assertEquals(List.of(), run(check, text("bm", "no numbers", "nimɔrɔ tɛ")));
    }

    @Test
    void namesMissingAndExtraNumbers() {
        QaFinding f = run(check, text("ig", "Take 25 mg 3 times", "Were 52 mg ugboro 3")).get(0);
        assertEquals("Numbers differ from the source: missing 25; not in the source 52.", f.message());
        assertEquals(Severity.WARNING, f.severity());
        assertEquals("Numbers differ from the source: missing 2.",
                run(check, text("ig", "2 and 2", "2 na abụọ")).get(0).message());
    }
}
