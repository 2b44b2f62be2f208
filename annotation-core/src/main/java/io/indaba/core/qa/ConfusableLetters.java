package io.indaba.core.qa;

import java.util.HashMap;
import java.util.Map;

/**
 * Letters of one script that look like letters of another, as typists substitute them: the tables behind the
 * {@code mixed-script} auto-fix. Only look-alikes with one obvious reading are listed; an ambiguous one (Greek Ε
 * in Bambara could be E or Ɛ) is left out so that its word is reported without a fix.
 */
public final class ConfusableLetters {

    /** Cyrillic and Greek letters drawn exactly like basic Latin letters, mapped to the Latin letter. */
    public static final Map<Integer, Integer> LATIN_LOOKALIKES = latinLookalikes();

    /**
     * {@link #LATIN_LOOKALIKES} plus the open vowels of Bambara, Mandinka, Akan, Ewe, Lingala and other African
     * orthographies: Greek ε and Cyrillic ԑ for ɛ, Greek ͻ for ɔ. Greek Ε is dropped: E and Ɛ are both letters.
     */
    public static final Map<Integer, Integer> AFRICAN_OPEN_VOWELS = africanOpenVowels();

    private ConfusableLetters() {
    }

    private static Map<Integer, Integer> latinLookalikes() {
        Map<Integer, Integer> m = new HashMap<>();
        put(m, "аеорсухіјѕһԁԛԝ", "aeopcyxijshdqw"); // Cyrillic small
        put(m, "АВЕКМНОРСТХУІЈЅ", "ABEKMHOPCTXYIJS"); // Cyrillic capital
        put(m, "ΑΒΕΖΗΙΚΜΝΟΡΤΥΧ", "ABEZHIKMNOPTYX"); // Greek capital
        put(m, "ον", "ov"); // Greek small omicron and nu
        return Map.copyOf(m);
    }

    private static Map<Integer, Integer> africanOpenVowels() {
        Map<Integer, Integer> m = new HashMap<>(latinLookalikes());
        m.remove((int) 'Ε'); // Greek capital epsilon
        put(m, "εϵԑ", "ɛɛɛ");
        put(m, "Ԑ", "Ɛ");
        put(m, "ͻϽ", "ɔƆ");
        return Map.copyOf(m);
    }

    private static void put(Map<Integer, Integer> m, String from, String to) {
        if (from.length() != to.length()) {
            throw new IllegalStateException("table misaligned: " + from + " / " + to);
        }
        for (int i = 0; i < from.length(); i++) {
            m.put((int) from.charAt(i), (int) to.charAt(i));
        }
    }
}
