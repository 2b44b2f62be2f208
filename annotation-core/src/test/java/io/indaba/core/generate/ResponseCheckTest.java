package io.indaba.core.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Script and language checks of generated responses (decision 0020). */
class ResponseCheckTest {

    private static final String ENGLISH = "Rain is water that falls from clouds when droplets grow heavy enough.";
    private static final String HAUSA = "Ruwan sama ruwa ne da ke fadowa daga gajimare idan digo sun yi nauyi.";
    private static final String SWAHILI = "Mvua ni maji yanayoanguka kutoka mawinguni matone yanapokuwa mazito.";
    private static final String YORUBA = "Òjò ni omi tí ó ń já bọ́ láti inú ìkùukùu nígbà tí àwọn ẹ̀kán omi bá wúwo.";
    private static final String ZULU = "Imvula ingamanzi awela esuka emafwini lapho amaconsi esindile ngokwanele.";

    @Test
    void amharicAskedEnglishAnsweredIsOffTargetByScript() {
        ResponseCheck.Result r = ResponseCheck.check(ENGLISH, "am", "stop");
        assertEquals(List.of(ResponseCheck.OFF_TARGET_SCRIPT), r.flags());
        assertEquals("Latn", r.script());
        assertTrue(r.offTarget());
    }

    @Test
    void amharicAnsweredInAmharicPasses() {
        ResponseCheck.Result r = ResponseCheck.check("ዝናብ ከደመና የሚወርድ ውሃ ነው። ጠብታዎቹ ሲከብዱ ይወርዳሉ።", "am", "stop");
        assertEquals(List.of(), r.flags());
        assertEquals("Ethi", r.script());
    }

    @Test
    void hausaInLatinScriptIsNotFlaggedByScriptAndLinguaDoesNotJudgeHausa() {
        // Lingua 1.2 has no Hausa model: the script is all that can be checked, so neither answer is flagged
        assertFalse(ResponseLanguage.covers("ha"));
        assertEquals(List.of(), ResponseCheck.flags(HAUSA, "ha", "stop"));
        ResponseCheck.Result english = ResponseCheck.check(ENGLISH, "ha", "stop");
        assertEquals(List.of(), english.flags(), "same script, language not covered: not judged");
        assertNull(english.language());
    }

    @Test
    void swahiliAskedEnglishAnsweredIsOffTargetByLanguage() {
        assertTrue(ResponseLanguage.covers("sw"));
        ResponseCheck.Result r = ResponseCheck.check(ENGLISH, "sw", "stop");
        assertEquals(List.of(ResponseCheck.OFF_TARGET_LANGUAGE), r.flags());
        assertEquals("en", r.language());
        assertTrue(r.offTarget());
    }

    @Test
    void answersInTheRequestedLanguagePass() {
        assertEquals(List.of(), ResponseCheck.flags(SWAHILI, "sw", "stop"));
        assertEquals(List.of(), ResponseCheck.flags(YORUBA, "yo", "stop"));
        assertEquals(List.of(), ResponseCheck.flags(ZULU, "zu-ZA", "stop"));
        assertEquals(List.of(), ResponseCheck.flags(ENGLISH, "en", "stop"));
    }

    @Test
    void yorubaAskedSwahiliAnsweredIsOffTarget() {
        ResponseCheck.Result r = ResponseCheck.check(SWAHILI, "yo", "length");
        assertEquals(List.of(ResponseCheck.TRUNCATED, ResponseCheck.OFF_TARGET_LANGUAGE), r.flags());
        assertEquals("sw", r.language());
    }

    @Test
    void shortAnswersAndUnknownTagsAreNotJudged() {
        assertEquals(List.of(), ResponseCheck.flags("Yes, it is.", "sw", "stop"));
        assertEquals(List.of(), ResponseCheck.flags(ENGLISH, "und", "stop"));
        assertEquals(List.of(), ResponseCheck.flags(ENGLISH, null, "stop"));
        assertNull(ResponseLanguage.language("qaa"));
        assertEquals("ZULU", ResponseLanguage.language("zul").name());
    }
}
