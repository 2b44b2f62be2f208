package io.indaba.core.text;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

import java.math.BigInteger;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class NumbersTest {

    @Test
    void readsDigitsOfEveryScriptByValue() {
        assertEquals(List.of("12"), Numbers.in("12"));
        assertEquals(List.of("12"), Numbers.in("١٢")); // Arabic-Indic
        assertEquals(List.of("12"), Numbers.in("۱۲")); // Extended Arabic-Indic (Persian, Urdu)
        assertEquals(List.of("12"), Numbers.in("१२")); // Devanagari
        assertEquals(List.of("12"), Numbers.in("߁߂")); // N'Ko
        assertEquals(List.of("12"), Numbers.in("፲፪")); // Ethiopic
        assertEquals("12 and 3", Digits.toAscii("١٢ and ३"));
        assertEquals(-1, Digits.valueOf('x'));
        assertEquals(7, Digits.valueOf(0x07C7));
    }

    @Test
    void dropsThousandsSeparatorsAndLeadingZeros() {
        assertEquals(List.of("1000", "1000", "1000", "1000"), Numbers.in("1,000 1 000 1.000 1000"));
        assertEquals(List.of("1", "5"), Numbers.in("1.5"));
        assertEquals(List.of("1", "5"), Numbers.in("1,5"));
        assertEquals(List.of("7"), Numbers.in("007"));
        assertEquals(List.of("0"), Numbers.in("000"));
        assertEquals(List.of("1234567"), Numbers.in("1,234,567."));
        assertEquals(List.of("10", "30"), Numbers.in("10:30"));
        assertEquals(List.of(), Numbers.in("no numbers"));
        assertEquals(List.of(), Numbers.in(null));
    }

    @Test
    void addsAndMultipliesEthiopicNumerals() {
        assertEquals(BigInteger.valueOf(100), EthiopicNumerals.valueOf("፻"));
        assertEquals(BigInteger.valueOf(1234), EthiopicNumerals.valueOf("፲፪፻፴፬"));
        assertEquals(BigInteger.valueOf(10_000), EthiopicNumerals.valueOf("፼"));
        assertEquals(BigInteger.valueOf(1_000_000), EthiopicNumerals.valueOf("፻፼"));
        assertEquals(BigInteger.valueOf(123_456), EthiopicNumerals.valueOf("፲፪፼፴፬፻፶፮"));
        assertEquals(BigInteger.valueOf(100_000_000), EthiopicNumerals.valueOf("፼፼"));
        assertEquals(List.of("2013"), Numbers.in("በ፳፻፲፫ ዓ.ም."));
        assertThrows(IllegalArgumentException.class, () -> EthiopicNumerals.valueOf("፲2"));
    }

    @Property
    void everyDecimalScriptReadsLikeAscii(@ForAll @IntRange(min = 0, max = 99_999) int n) {
        String ascii = Integer.toString(n);
        for (int zero : new int[] {0x0660, 0x06F0, 0x0966, 0x07C0, 0x09E6, 0xFF10}) {
            StringBuilder other = new StringBuilder();
            ascii.chars().forEach(c -> other.appendCodePoint(zero + c - '0'));
            assertEquals(List.of(ascii), Numbers.in("x " + other + " y"));
        }
    }

    @Property
    void neverThrows(@ForAll String text) {
        Numbers.in(text);
        Digits.toAscii(text);
    }
}
