package io.indaba.app.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ShownUrlTest {

    @Test
    void ordinaryAddressesAreShownAsWritten() {
        assertEquals("https://example.org/a?b=1#c", ShownUrl.of("https://example.org/a?b=1#c"));
        assertEquals("https://ar.wikipedia.org/wiki/مصر", ShownUrl.of("https://ar.wikipedia.org/wiki/مصر"));
    }

    @Test
    void bidiOverridesAndInvisibleCharactersAreSpelledOut() {
        assertEquals("https://example.org/%E2%80%AEfdp.exe", ShownUrl.of("https://example.org/\u202Efdp.exe"));
        assertEquals("https://exa%E2%80%8Bmple.org", ShownUrl.of("https://exa\u200Bmple.org"));
        assertEquals("a%0Ab%00c", ShownUrl.of("a\nb\u0000c"));
        assertEquals("a%C2%A0b", ShownUrl.of("a\u00A0b"));
    }

    @Test
    void loneSurrogateIsShownAsReplacementCharacter() {
        assertEquals("x%EF%BF%BDy", ShownUrl.of("x\uD800y"));
        assertEquals("\uD83D\uDE00", ShownUrl.of("\uD83D\uDE00"), "a paired surrogate is an ordinary emoji");
    }

    @Test
    void nullIsEmpty() {
        assertEquals("", ShownUrl.of(null));
    }
}
