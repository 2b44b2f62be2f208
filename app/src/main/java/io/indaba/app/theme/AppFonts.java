package io.indaba.app.theme;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.Character.UnicodeScript;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.scene.text.Font;

/**
 * The OFL-licensed Noto fonts bundled for scripts that many systems lack (Ge'ez, N'Ko, Devanagari, Arabic), and
 * Indaba Tone Latin (DejaVu Sans with capitals and tone marks composed, for Yorùbá and Igbo), registered with JavaFX
 * at start-up. See docs/decisions/0003-fonts.md and 0017-complex-text-and-layouts.md.
 */
public final class AppFonts {

    /** The bundled font files, in {@code fonts/} next to this class. */
    public static final List<String> FILES = List.of(
            "NotoSansEthiopic-Regular.ttf", "NotoSansNKo-Regular.ttf",
            "NotoSansDevanagari-Regular.ttf", "NotoNaskhArabic-Regular.ttf", "IndabaToneLatin-Regular.ttf");

    /**
     * The family that draws a tone mark over a Latin capital (Ẹ̀, Ọ́) above the letter, where JavaFX would draw it
     * inside it.
     */
    public static final String TONE_LATIN = "Indaba Tone Latin";

    private static final Map<UnicodeScript, String> FAMILIES = Map.of(
            UnicodeScript.ETHIOPIC, "Noto Sans Ethiopic",
            UnicodeScript.NKO, "Noto Sans NKo",
            UnicodeScript.DEVANAGARI, "Noto Sans Devanagari",
            UnicodeScript.ARABIC, "Noto Naskh Arabic");

    private static List<String> loaded;

    private AppFonts() {
    }

    /** Registers the bundled fonts once and returns their family names; call after the toolkit has started. */
    public static synchronized List<String> load() {
        if (loaded == null) {
            List<String> families = new ArrayList<>();
            for (String file : FILES) {
                try (InputStream in = open(file)) {
                    Font font = Font.loadFont(in, 13);
                    if (font == null) {
                        throw new IllegalStateException("JavaFX refused the bundled font " + file);
                    }
                    families.add(font.getFamily());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            loaded = List.copyOf(families);
        }
        return loaded;
    }

    /** A bundled font file as a stream (for the loader and for coverage tests). */
    public static InputStream open(String file) {
        InputStream in = AppFonts.class.getResourceAsStream("fonts/" + file);
        if (in == null) {
            throw new IllegalStateException("bundled font " + file + " missing from the build");
        }
        return in;
    }

    /**
     * The bundled family for the first letter of {@code text} whose script needs one; else {@link #TONE_LATIN} when
     * a Latin letter carries a combining mark; else null, when the system font serves. Views set it on text in a
     * known language so it renders on systems whose fallback ignores app fonts.
     */
    public static String familyFor(String text) {
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (Character.isLetter(cp)) {
                String family = FAMILIES.get(UnicodeScript.of(cp));
                if (family != null) {
                    return family;
                }
            }
            i += Character.charCount(cp);
        }
        return hasMarkedLatin(text) ? TONE_LATIN : null;
    }

    /** Whether a Latin letter in {@code text} is followed by a combining mark (one NFC cannot compose away). */
    public static boolean hasMarkedLatin(String text) {
        for (int i = 1; i < text.length(); i++) {
            if (Character.getType(text.charAt(i)) == Character.NON_SPACING_MARK) {
                int base = i - 1;
                while (base > 0 && Character.getType(text.charAt(base)) == Character.NON_SPACING_MARK) {
                    base--;
                }
                if (UnicodeScript.of(text.charAt(base)) == UnicodeScript.LATIN) {
                    return true;
                }
            }
        }
        return false;
    }
}
