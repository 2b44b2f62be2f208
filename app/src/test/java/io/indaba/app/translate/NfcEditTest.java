package io.indaba.app.translate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class NfcEditTest {

    private static String apply(String before, NfcEdit edit) {
        return before.substring(0, edit.start()) + edit.text() + before.substring(edit.end());
    }

    @Test
    void aToneMarkTypedAfterAVowelComposesWithIt() {
        String before = "Ole";
        String after = "Ole\u0300";
        NfcEdit edit = NfcEdit.of(before, after, 4);
        assertEquals("Olè", apply(before, edit));
        assertEquals(3, edit.caret());
        assertEquals(2, edit.start(), "only the vowel is replaced, so undo stays per edit");
    }

    @Test
    void aDotBelowVowelWithAToneStaysTwoCodePointsAsNfcRequires() {
        // ị + grave has no precomposed form: NFC keeps U+1ECB U+0300.
        assertNull(NfcEdit.of("ị", "ị\u0300", 2));
        NfcEdit decomposed = NfcEdit.of("", "i\u0323\u0300", 3);
        assertEquals("\u1ECB\u0300", decomposed.text());
        assertEquals(2, decomposed.caret());
    }

    @Test
    void pastedDecomposedTextIsComposedAndTheCaretFollows() {
        String before = "ab";
        String after = "aE\u0301\u0323b";
        NfcEdit edit = NfcEdit.of(before, after, 4);
        assertEquals("a\u1EB8\u0301b", apply(before, edit));
        assertEquals(3, edit.caret());
    }

    @Test
    void nfcTextNeedsNoEdit() {
        assertNull(NfcEdit.of("", "ኢትዮጵያ።", 7));
    }
}
