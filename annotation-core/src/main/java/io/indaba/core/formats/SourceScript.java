package io.indaba.core.formats;

import com.ibm.icu.lang.UScript;
import com.ibm.icu.util.ULocale;
import io.indaba.core.item.Item;
import java.nio.file.Path;

/**
 * Refuses source text written mostly in a script the source language does not use: Ge'ez or N'Ko stored as
 * "English" means a translated file is about to replace the source.
 */
final class SourceScript {

    private SourceScript() {
    }

    /** Throws when most letters of the item's fields are in scripts foreign to {@code sourceLang}. */
    static void check(Path file, long line, String sourceLang, Item item) {
        int[] expected = UScript.getCode(ULocale.forLanguageTag(sourceLang));
        if (expected == null || expected.length == 0) {
            return;
        }
        long native_ = 0;
        long foreign = 0;
        int foreignScript = UScript.COMMON;
        for (String text : item.fields().values()) {
            for (int i = 0; i < text.length(); ) {
                int cp = text.codePointAt(i);
                i += Character.charCount(cp);
                if (!Character.isLetter(cp)) {
                    continue;
                }
                int script = UScript.getScript(cp);
                if (script == UScript.COMMON || script == UScript.INHERITED) {
                    continue;
                }
                if (contains(expected, script)) {
                    native_++;
                } else {
                    foreign++;
                    foreignScript = script;
                }
            }
        }
        if (foreign > native_) {
            throw new BadInputException(file, line, "item '" + item.externalId() + "' is written in "
                    + UScript.getName(foreignScript) + " script, not in the source language's (" + sourceLang
                    + "); is this a translation? pass --target-lang <tag> to import it as one");
        }
    }

    private static boolean contains(int[] scripts, int script) {
        for (int s : scripts) {
            if (s == script) {
                return true;
            }
        }
        return false;
    }
}
