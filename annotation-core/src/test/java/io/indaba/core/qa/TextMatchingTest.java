package io.indaba.core.qa;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TextMatchingTest {

    @Test
    void comparesNfcCaseFoldedWithSpacesCollapsed() {
        assertEquals("the house", TextMatching.comparable("  The\t HOUSE \n"));
        assertEquals("é ss", TextMatching.comparable("E\u0301 \u200BSS"));
        assertEquals(TextMatching.comparable("Straße"), TextMatching.comparable("STRASSE"));
        assertTrue(TextMatching.isBlank(" \u00A0\u200B\uFEFF"));
        assertFalse(TextMatching.isBlank(" _ "));
    }

    @Property
    void asciiShortcutMatchesTheGeneralPath(@ForAll @CharRange(from = 0, to = 0x7F) String text) {
        assertEquals(TextMatching.unicodeComparable(text), TextMatching.comparable(text));
    }
}
