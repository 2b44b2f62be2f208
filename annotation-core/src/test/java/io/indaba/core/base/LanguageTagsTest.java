package io.indaba.core.base;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class LanguageTagsTest {

    @ParameterizedTest
    @CsvSource({"am, am", "ar-EG, ar-EG", "sr-Latn, sr-Latn", "AR-eg, ar-EG", "' sw ', sw", "yo, yo"})
    void wellFormedTagsAreAcceptedInCanonicalForm(String tag, String canonical) {
        assertEquals(canonical, LanguageTags.validate(tag));
    }

    @Test
    void anUnderscoreIsRefusedWithAHintToUseAHyphen() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> LanguageTags.validate("en_US"));
        assertTrue(e.getMessage().contains("en-US"), e.getMessage());
        assertTrue(e.getMessage().contains("'en_US'"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"und", "", "  ", "english", "e", "12"})
    void undeterminedEmptyAndMalformedTagsAreRefused(String tag) {
        assertThrows(IllegalArgumentException.class, () -> LanguageTags.validate(tag));
    }

    @Test
    void nullIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> LanguageTags.validate(null));
    }

    @ParameterizedTest
    @CsvSource({"am, Amharic", "ar-EG, Arabic (Egypt)", "sr-Latn, Serbian (Latin)", "sw, Swahili"})
    void displayNamesComeFromIcuInEnglish(String tag, String name) {
        assertEquals(name, LanguageTags.displayName(tag));
    }

    @Test
    void nativeNamesAreWrittenInTheLanguageItself() {
        assertEquals("አማርኛ", LanguageTags.nativeName("am"));
        assertEquals("Kiswahili", LanguageTags.nativeName("sw"));
    }
}
