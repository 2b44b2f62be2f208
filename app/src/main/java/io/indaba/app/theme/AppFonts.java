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
 * The OFL-licensed Noto fonts bundled for scripts that many systems lack (Ge'ez, N'Ko, Devanagari, Arabic),
 * registered with JavaFX at start-up. See docs/decisions/0003-fonts.md.
 */
public final class AppFonts {

    /** The bundled font files, in {@code fonts/} next to this class. */
    public static final List<String> FILES = List.of(
            "NotoSansEthiopic-Regular.ttf", "NotoSansNKo-Regular.ttf",
            "NotoSansDevanagari-Regular.ttf", "NotoNaskhArabic-Regular.ttf");

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
     * The bundled family for the first letter of {@code text} whose script needs one, or null when the system font
     * serves. Views set it on text in a known language so it renders on systems whose fallback ignores app fonts.
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
        return null;
    }
}
