package io.indaba.app.markdown;

import java.util.ArrayList;
import java.util.List;

/** Cuts long text into pieces of at most a budget of characters, at a line end or space where there is one. */
final class TextCuts {

    /** How far back from the budget to look for a line end or a space before cutting mid-word. */
    private static final int LOOK_BACK = 200;

    private TextCuts() { }

    /** {@code text} in pieces of at most {@code budget} chars; joined they give back {@code text}. */
    static List<String> ofText(String text, int budget) {
        List<String> pieces = new ArrayList<>();
        int start = 0;
        while (text.length() - start > budget) {
            int end = cutBefore(text, start, start + budget);
            pieces.add(text.substring(start, end));
            start = end;
        }
        pieces.add(text.substring(start));
        return pieces;
    }

    /** {@code runs} in pieces of at most {@code budget} shown chars; only plain runs are cut, links stay whole. */
    static List<List<Inline>> ofRuns(List<Inline> runs, int budget) {
        List<Inline> cut = new ArrayList<>();
        for (Inline run : runs) {
            if (run instanceof Inline.Run text && text.text().length() > budget) {
                for (String piece : ofText(text.text(), budget)) cut.add(new Inline.Run(piece, text.marks()));
            } else {
                cut.add(run);
            }
        }
        return BlockPages.groups(cut, Inline::shownLength, budget);
    }

    private static int cutBefore(String text, int start, int limit) {
        int floor = Math.max(start + 1, limit - LOOK_BACK);
        int newline = text.lastIndexOf('\n', limit - 1);
        if (newline >= floor) return newline + 1;
        for (int i = limit - 1; i >= floor; i--) {
            if (Character.isWhitespace(text.charAt(i))) return i + 1;
        }
        // mid-word after all, but never between the halves of a surrogate pair
        boolean splitsPair = Character.isHighSurrogate(text.charAt(limit - 1))
                && Character.isLowSurrogate(text.charAt(limit));
        return splitsPair && limit - 1 > start ? limit - 1 : limit;
    }
}
