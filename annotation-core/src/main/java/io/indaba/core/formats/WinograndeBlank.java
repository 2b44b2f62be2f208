package io.indaba.core.formats;

import io.indaba.core.base.BadInputException;
import java.nio.file.Path;

/** Winogrande's one rule for a source sentence: exactly one {@code _} marks where an option goes. */
final class WinograndeBlank {

    private WinograndeBlank() {
    }

    /** Refuses an English sentence with no blank or with several; translations are left to the QA checks. */
    static void check(Path file, long line, String sentence) {
        long blanks = sentence.chars().filter(ch -> ch == '_').count();
        if (blanks == 0) {
            throw new BadInputException(file, line, "the sentence has no '_' blank; Winogrande needs exactly one");
        }
        if (blanks > 1) {
            throw new BadInputException(file, line, "the sentence has " + blanks + " '_' blanks; Winogrande needs "
                    + "exactly one");
        }
    }
}
