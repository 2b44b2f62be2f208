package io.indaba.core.text;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NfcTest {

    @Test
    void composesWhatHasAPrecomposedForm() {
        assertEquals("é", Nfc.normalize("e\u0301"));
        assertFalse(Nfc.isNfc("e\u0301"));
        // dot below composes with o, the tone mark has nowhere to go: two code points remain
        assertEquals("\u1ECD\u0301", Nfc.normalize("o\u0323\u0301"));
        assertEquals("\u1ECD\u0301", Nfc.normalize("o\u0301\u0323")); // canonical reordering
        assertTrue(Nfc.isNfc(null));
        assertNull(Nfc.normalize(null));
    }

    @Test
    void returnsCleanTextUnchanged() {
        String clean = "Ian y’a yɛrɛ di";
        assertSame(clean, Nfc.normalize(clean));
    }

    @Property
    void isIdempotentAndAgreesWithIsNfc(@ForAll String text) {
        String once = Nfc.normalize(text);
        assertEquals(once, Nfc.normalize(once));
        assertTrue(Nfc.isNfc(once));
        assertEquals(Nfc.isNfc(text), once.equals(text));
    }
}
