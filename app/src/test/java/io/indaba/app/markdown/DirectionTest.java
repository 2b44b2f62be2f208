package io.indaba.app.markdown;

import static io.indaba.app.markdown.Direction.LEFT_TO_RIGHT;
import static io.indaba.app.markdown.Direction.RIGHT_TO_LEFT;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class DirectionTest {

    @Test
    void rightToLeftScripts() {
        assertEquals(Optional.of(RIGHT_TO_LEFT), Direction.ofFirstStrong("مرحبا بالعالم"));
        assertEquals(Optional.of(RIGHT_TO_LEFT), Direction.ofFirstStrong("שלום עולם"));
        assertEquals(Optional.of(RIGHT_TO_LEFT), Direction.ofFirstStrong("ߒߞߏ ߞߊ߲"), "N'Ko is written right to left");
        assertEquals(Optional.of(RIGHT_TO_LEFT), Direction.ofFirstStrong("\uD83A\uDD00"), "Adlam, outside the BMP");
    }

    @Test
    void leftToRightScripts() {
        assertEquals(Optional.of(LEFT_TO_RIGHT), Direction.ofFirstStrong("ሰላም ልዑል"), "Ge'ez");
        assertEquals(Optional.of(LEFT_TO_RIGHT), Direction.ofFirstStrong("नमस्ते"));
        assertEquals(Optional.of(LEFT_TO_RIGHT), Direction.ofFirstStrong("Ẹ káàrọ̀"), "Yoruba with tone marks");
    }

    @Test
    void firstStrongCharacterWinsAfterNeutrals() {
        assertEquals(Optional.of(RIGHT_TO_LEFT), Direction.ofFirstStrong("1. (٢٠٢٤) — مرحبا hello"));
        assertEquals(Optional.of(LEFT_TO_RIGHT), Direction.ofFirstStrong("42 — hello مرحبا"));
    }

    @Test
    void textWithoutStrongCharacterHasNoDirection() {
        assertEquals(Optional.empty(), Direction.ofFirstStrong(""));
        assertEquals(Optional.empty(), Direction.ofFirstStrong("123 + 456 = 579 !?"));
        assertEquals(LEFT_TO_RIGHT, Direction.of("123", LEFT_TO_RIGHT));
        assertEquals(RIGHT_TO_LEFT, Direction.of("123", RIGHT_TO_LEFT));
    }

    @Test
    void textInsideIsolatesIsSkipped() {
        assertEquals(Optional.of(RIGHT_TO_LEFT), Direction.ofFirstStrong("\u2066hello\u2069 مرحبا"));
        assertEquals(Optional.of(LEFT_TO_RIGHT), Direction.ofFirstStrong("\u2067\u2066مرحبا\u2069\u2069 hello"));
        assertEquals(Optional.empty(), Direction.ofFirstStrong("\u2068hello"), "an unclosed isolate hides the rest");
    }

    @Test
    void loneSurrogatesAndControlsAreNeutral() {
        assertEquals(Optional.of(RIGHT_TO_LEFT), Direction.ofFirstStrong("\uD800\u0000\u202Eمرحبا"));
        assertEquals(Optional.empty(), Direction.ofFirstStrong("\uDC00\uD800"));
    }
}
