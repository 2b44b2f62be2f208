package io.indaba.core.qa;

import org.junit.jupiter.api.Test;

import java.util.List;

import static io.indaba.core.qa.QaItems.run;
import static io.indaba.core.qa.QaItems.winogrande;
import static org.junit.jupiter.api.Assertions.assertEquals;

class OptionNotInSentenceCheckTest {

    private final OptionNotInSentenceCheck check = new OptionNotInSentenceCheck();
    private static final String EN = "Ian volunteered to eat Dennis's menudo because _ enjoyed eating intestine.";

    @Test
    void acceptsOptionsNamedInTheSentenceEvenInsideLongerWords() {
        assertEquals(List.of(), run(check, winogrande("am", EN,
                "ኢያን አንጀት መብላት ስለወደደ _ የዴኒስን ሜኑዶ በላ።", "Ian", "ኢያን", "Dennis", "ዴኒስ")));
        assertEquals(List.of(), run(check, winogrande("bm", "The Cup fell on the mug; the _ broke.",
                "Kupu binna ... _ kari.", "cup", "kupu.", "mug", "")));
    }

    @Test
    void warnsForAnOptionTheTranslationDoesNotName() {
        List<QaFinding> found = run(check, winogrande("am", EN,
                "ኢየን አንጀት መብላት ስለወደደ _ የዴኒስን ሜኑዶ በላ።", "Ian", "ኢያን", "Dennis", "ዴኒስ"));
        assertEquals(1, found.size());
        assertEquals(QaFields.option(1), found.get(0).field());
        assertEquals(Severity.WARNING, found.get(0).severity());
    }

    @Test
    void staysQuietWhenTheEnglishDoesNotNameTheOptionEither() {
        assertEquals(List.of(), run(check, winogrande("bm", "Coffee is served in the _ .",
                "Kafe bɛ di _ kɔnɔ.", "cup", "jifilen", "mug", "tasa")));
    }
}
