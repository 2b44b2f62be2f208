package io.indaba.core.stats.vote;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class GraphemeCountTest {

    @Test
    void countsWhatAReaderSeesNotCodeUnits() {
        assertEquals(0, GraphemeCount.of(""));
        assertEquals(5, GraphemeCount.of("habari".substring(0, 5)));
        assertEquals(1, GraphemeCount.of("e\u0301"), "e + combining acute is one character");
        assertEquals(1, GraphemeCount.of("\uD83D\uDC4D\uD83C\uDFFD"), "thumbs up with skin tone is one emoji");
        assertEquals(3, GraphemeCount.of("ሰላም"), "Ge'ez syllables are one character each");
        // Unicode 15.1 keeps a virama conjunct in one cluster (rule GB9c); the JDK 21 BreakIterator splits it
        assertEquals(1, GraphemeCount.of("\u0915\u094D\u0937\u093F"), "Devanagari ksha + vowel sign");
    }
}
