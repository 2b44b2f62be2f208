package io.indaba.app.translate;

import static io.indaba.core.translate.TranslationStatus.APPROVED;
import static io.indaba.core.translate.TranslationStatus.DRAFT;
import static io.indaba.core.translate.TranslationStatus.NEEDS_ADAPTATION;
import static io.indaba.core.translate.TranslationStatus.NEW;
import static io.indaba.core.translate.TranslationStatus.REJECTED;
import static io.indaba.core.translate.TranslationStatus.REVIEWED;
import static io.indaba.core.translate.TranslationStatus.TRANSLATED;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ItemStatusTest {

    @Test
    void anItemIsAsFarAsItsLeastAdvancedField() {
        assertEquals(NEW, ItemStatus.of(5, List.of()));
        assertEquals(APPROVED, ItemStatus.of(2, List.of(APPROVED, APPROVED)));
        assertEquals(TRANSLATED, ItemStatus.of(3, List.of(APPROVED, TRANSLATED, REVIEWED)));
    }

    @Test
    void aPartlyTranslatedItemIsADraft() {
        assertEquals(DRAFT, ItemStatus.of(5, List.of(APPROVED)));
        assertEquals(DRAFT, ItemStatus.of(2, List.of(NEW, TRANSLATED)));
    }

    @Test
    void aFieldSomeoneMustActOnWins() {
        assertEquals(REJECTED, ItemStatus.of(2, List.of(APPROVED, REJECTED)));
        assertEquals(NEEDS_ADAPTATION, ItemStatus.of(3, List.of(NEEDS_ADAPTATION)));
    }
}
