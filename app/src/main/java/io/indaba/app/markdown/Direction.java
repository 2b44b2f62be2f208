package io.indaba.app.markdown;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UCharacterDirection;
import java.util.Optional;

/** The base direction of a block of text, found from its first strong character (Unicode bidi rules P2–P3). */
public enum Direction {
    LEFT_TO_RIGHT,
    RIGHT_TO_LEFT;

    /**
     * The direction of the first strong character, skipping text inside isolates as rule P2 asks;
     * empty when the text has no strong character (digits, punctuation, emoji only).
     */
    public static Optional<Direction> ofFirstStrong(CharSequence text) {
        int isolateDepth = 0;
        for (int i = 0; i < text.length(); ) {
            int codePoint = Character.codePointAt(text, i);
            i += Character.charCount(codePoint);
            // Unicode gives unpaired surrogates class L, but they show as U+FFFD, which is neutral
            if (Character.isBmpCodePoint(codePoint) && Character.isSurrogate((char) codePoint)) continue;
            switch (UCharacter.getDirection(codePoint)) {
                case UCharacterDirection.LEFT_TO_RIGHT_ISOLATE,
                     UCharacterDirection.RIGHT_TO_LEFT_ISOLATE,
                     UCharacterDirection.FIRST_STRONG_ISOLATE -> isolateDepth++;
                case UCharacterDirection.POP_DIRECTIONAL_ISOLATE -> isolateDepth = Math.max(0, isolateDepth - 1);
                case UCharacterDirection.LEFT_TO_RIGHT -> {
                    if (isolateDepth == 0) return Optional.of(LEFT_TO_RIGHT);
                }
                // AL covers Arabic, Syriac and Thaana; R covers Hebrew, N'Ko and Adlam
                case UCharacterDirection.RIGHT_TO_LEFT, UCharacterDirection.RIGHT_TO_LEFT_ARABIC -> {
                    if (isolateDepth == 0) return Optional.of(RIGHT_TO_LEFT);
                }
                default -> { }
            }
        }
        return Optional.empty();
    }

    /** The direction of the first strong character, or {@code fallback} when there is none. */
    public static Direction of(CharSequence text, Direction fallback) {
        return ofFirstStrong(text).orElse(fallback);
    }
}
