package io.indaba.core.translate;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.text.Normalizer2;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Finds glossary terms in a segment: case-insensitive and NFC-insensitive, never splitting a grapheme, and whole
 * words only in scripts that separate words (in Han, Thai and the like a term may sit inside a run of letters).
 */
final class TermFinder {

    private static final Normalizer2 NFC = Normalizer2.getNFCInstance();

    private record Compiled(GlossaryTerm term, String folded, boolean wholeWord) {
    }

    private final List<Compiled> terms = new ArrayList<>();

    TermFinder(List<GlossaryTerm> glossary) {
        for (GlossaryTerm t : glossary) {
            String folded = MatchText.normalise(t.source());
            if (!folded.isEmpty()) {
                terms.add(new Compiled(t, folded, separatesWords(folded)));
            }
        }
    }

    List<GlossaryHit> find(String text) {
        if (text == null || text.isEmpty() || terms.isEmpty()) {
            return List.of();
        }
        Folded folded = Folded.of(text);
        BreakIterator words = BreakIterator.getWordInstance(Locale.ROOT);
        words.setText(text);
        List<GlossaryHit> hits = new ArrayList<>();
        for (Compiled c : terms) {
            for (int at = folded.text.indexOf(c.folded); at >= 0; at = folded.text.indexOf(c.folded, at + 1)) {
                int end = at + c.folded.length();
                if (!folded.startsGrapheme(at) || !folded.endsGrapheme(end)) {
                    continue;
                }
                int start = folded.start[at];
                int stop = folded.end[end - 1];
                if (c.wholeWord && !(wordEdge(text, words, start, true) && wordEdge(text, words, stop, false))) {
                    continue;
                }
                hits.add(new GlossaryHit(c.term, start, stop));
            }
        }
        hits.sort(Comparator.comparingInt(GlossaryHit::start)
                .thenComparing(Comparator.comparingInt((GlossaryHit h) -> h.end() - h.start()).reversed())
                .thenComparingLong(h -> h.term().id()));
        return hits;
    }

    /** A word boundary, or an apostrophe beside the term ("the patient's" holds "patient"). */
    private static boolean wordEdge(String text, BreakIterator words, int offset, boolean atStart) {
        if (offset == 0 || offset == text.length() || words.isBoundary(offset)) {
            return true;
        }
        char beside = atStart ? text.charAt(offset - 1) : text.charAt(offset);
        return beside == '\'' || beside == '\u2019';
    }

    private static boolean separatesWords(String term) {
        for (int i = 0; i < term.length(); ) {
            int cp = term.codePointAt(i);
            i += Character.charCount(cp);
            if (UCharacter.isLetter(cp)) {
                int script = UScript.getScript(cp);
                return !(UScript.breaksBetweenLetters(script) || script == UScript.THAI || script == UScript.LAO
                        || script == UScript.KHMER || script == UScript.MYANMAR);
            }
        }
        return true;
    }

    /** The segment folded grapheme by grapheme, remembering which original span each folded char came from. */
    private static final class Folded {
        final String text;
        final int[] start;
        final int[] end;

        private Folded(String text, int[] start, int[] end) {
            this.text = text;
            this.start = start;
            this.end = end;
        }

        static Folded of(String original) {
            StringBuilder out = new StringBuilder(original.length());
            int[] start = new int[original.length() * 3 + 1];
            int[] end = new int[start.length];
            BreakIterator clusters = BreakIterator.getCharacterInstance(Locale.ROOT);
            clusters.setText(original);
            int s = clusters.first();
            for (int e = clusters.next(); e != BreakIterator.DONE; s = e, e = clusters.next()) {
                String g = original.substring(s, e);
                if (g.equals("\u200B") || g.equals("\uFEFF")) {
                    continue; // dropped, as MatchText.normalise drops them from the terms
                }
                if (isSpace(g)) {
                    // A run of spaces of any kind folds to one space, which spans the whole run.
                    if (out.length() > 0 && out.charAt(out.length() - 1) == ' ') {
                        end[out.length() - 1] = e;
                    } else {
                        start[out.length()] = s;
                        end[out.length()] = e;
                        out.append(' ');
                    }
                    continue;
                }
                String f = UCharacter.foldCase(NFC.normalize(g), true);
                if (!NFC.isNormalized(f)) {
                    f = NFC.normalize(f);
                }
                if (out.length() + f.length() > start.length) {
                    start = java.util.Arrays.copyOf(start, (out.length() + f.length()) * 2);
                    end = java.util.Arrays.copyOf(end, start.length);
                }
                for (int k = 0; k < f.length(); k++) {
                    start[out.length() + k] = s;
                    end[out.length() + k] = e;
                }
                out.append(f);
            }
            return new Folded(out.toString(), start, end);
        }

        private static boolean isSpace(String grapheme) {
            return grapheme.codePoints().allMatch(UCharacter::isUWhiteSpace);
        }

        boolean startsGrapheme(int at) {
            return at == 0 || start[at] != start[at - 1];
        }

        boolean endsGrapheme(int at) {
            return at == text.length() || start[at] != start[at - 1];
        }
    }
}
