package io.indaba.app.translate;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The letters and marks a language needs that common keyboards lack, shown as small buttons that insert at the
 * caret (the first nine also on Alt+1..9). Combining tone marks are shown on a dotted circle.
 */
public final class CharacterPalette {

    /** One key of the palette: what it inserts and what its button shows. */
    public record Key(String insert, String label) {

        static Key of(String text) {
            boolean combining = Character.getType(text.codePointAt(0)) == Character.NON_SPACING_MARK;
            return new Key(text, combining ? "\u25CC" + text : text);
        }
    }

    private static final String ACUTE = "\u0301";
    private static final String GRAVE = "\u0300";
    private static final String MACRON = "\u0304";

    private static final Map<String, List<String>> KEYS = Map.ofEntries(
            Map.entry("bm", List.of("ɛ", "ɔ", "ɲ", "ŋ", "Ɛ", "Ɔ", "Ɲ", "Ŋ")),
            Map.entry("ig", List.of("ị", "ọ", "ụ", "ṅ", ACUTE, GRAVE, MACRON, "Ị", "Ọ", "Ụ", "Ṅ")),
            Map.entry("yo", List.of("ẹ", "ọ", "ṣ", ACUTE, GRAVE, "Ẹ", "Ọ", "Ṣ", "ń")),
            Map.entry("am", List.of("።", "፣", "፤", "፥", "፧", "፨", "፡", "፦")),
            Map.entry("ti", List.of("።", "፣", "፤", "፥", "፧", "፨", "፡", "፦")),
            Map.entry("ha", List.of("ɓ", "ɗ", "ƙ", "ƴ", "ʼ", "Ɓ", "Ɗ", "Ƙ")),
            Map.entry("ee", List.of("ɖ", "ɛ", "ƒ", "ɣ", "ŋ", "ɔ", "ʋ", ACUTE, GRAVE)),
            Map.entry("wo", List.of("ñ", "ŋ", "é", "ë", "à", "ó")),
            Map.entry("ff", List.of("ɓ", "ɗ", "ŋ", "ɲ", "ƴ")),
            Map.entry("ln", List.of("ɛ", "ɔ", ACUTE, GRAVE)),
            Map.entry("tw", List.of("ɛ", "ɔ", "Ɛ", "Ɔ")),
            Map.entry("ak", List.of("ɛ", "ɔ", "Ɛ", "Ɔ")));

    private CharacterPalette() {
    }

    /** The languages that have a palette, by tag. */
    static java.util.Set<String> languages() {
        return KEYS.keySet();
    }

    /** The keys for a BCP-47 tag (by its language subtag); empty when the language needs none. */
    public static List<Key> forLanguage(String tag) {
        if (tag == null) {
            return List.of();
        }
        String primary = tag.split("-", 2)[0].toLowerCase(Locale.ROOT);
        return KEYS.getOrDefault(primary, List.of()).stream().map(Key::of).toList();
    }
}
