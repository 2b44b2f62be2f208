package io.indaba.core.stats.vote;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;

/** Length of a text in user-perceived characters (extended grapheme clusters), the unit of length bias. */
public final class GraphemeCount {

    private GraphemeCount() {
    }

    /**
     * Counts grapheme clusters; code units or code points would make a Ge'ez or Devanagari answer look longer
     * or shorter than a reader sees it, and ICU follows newer Unicode than the JDK.
     */
    public static int of(String text) {
        BreakIterator boundaries = BreakIterator.getCharacterInstance(ULocale.ROOT);
        boundaries.setText(text);
        int count = 0;
        boundaries.first();
        while (boundaries.next() != BreakIterator.DONE) {
            count++;
        }
        return count;
    }
}
