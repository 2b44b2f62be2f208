package io.indaba.core.qa;

import org.junit.jupiter.api.Test;

import java.util.List;

import static io.indaba.core.qa.QaItems.run;
import static io.indaba.core.qa.QaItems.text;
import static org.junit.jupiter.api.Assertions.assertEquals;

class PunctuationCheckTest {

    private final PunctuationCheck check = new PunctuationCheck();

    @Test
    void replacesTheFinalAsciiStopInAmharic() {
        QaFinding f = run(check, text("am", "x", "ቤቱ ትንሽ ስለሆነ ሁልጊዜ ወደ ቤቱ እሄዳለሁ. ")).get(0);
        assertEquals("ቤቱ ትንሽ ስለሆነ ሁልጊዜ ወደ ቤቱ እሄዳለሁ። ", f.autoFix().orElseThrow());
        assertEquals(Severity.WARNING, f.severity());
        assertEquals("«ቤቱ ነው።»", run(check, text("am-ET", "x", "«ቤቱ ነው.»")).get(0).autoFix().orElseThrow());
        assertEquals("ቤቱ ነው።", run(check, text("am", "x", "ቤቱ ነው፡፡")).get(0).autoFix().orElseThrow());
        assertEquals("ቤቱ ነው።", run(check, text("ti", "x", "ቤቱ ነው::")).get(0).autoFix().orElseThrow());
        assertEquals("ቤቱ ነው።", run(check, text("am", "x", "ቤቱ ነው..")).get(0).autoFix().orElseThrow());
    }

    @Test
    void acceptsTheEthiopicStopEllipsesAndOtherLanguages() {
        assertEquals(List.of(), run(check, text("am", "x", "ቤቱ ነው።")));
        assertEquals(List.of(), run(check, text("am", "x", "ቤቱ ነው...")));
        assertEquals(List.of(), run(check, text("am", "x", "ቤቱ ነው?")));
        assertEquals(List.of(), run(check, text("bm", "x", "A ka bon.")));
    }

    @Test
    void followsAConfiguredStop() {
        LanguageRules custom = LanguageRules.DEFAULT.withFullStop("।");
        QaItem item = QaItem.of(text("hi", "x", "यह घर है."));
        assertEquals("यह घर है।", check.check(item, custom).get(0).autoFix().orElseThrow());
        assertEquals(List.of(), check.check(item, LanguageRules.DEFAULT));
    }
}
