package io.indaba.core.item;

import com.ibm.icu.lang.UScript;
import com.ibm.icu.util.ULocale;

/**
 * Finds source text written mostly in a script the source language does not use: Ge'ez or N'Ko replacing
 * "English" text means a translated file is about to replace the source.
 */
final class SourceScript {

    private SourceScript() {
    }

    /** The script most letters of the item's fields are in when it is foreign to its source language, else null. */
    static String foreign(Item item) {
        int[] expected = UScript.getCode(ULocale.forLanguageTag(item.sourceLang()));
        if (expected == null || expected.length == 0) {
            return null;
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
        return foreign > native_ ? UScript.getName(foreignScript) : null;
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
