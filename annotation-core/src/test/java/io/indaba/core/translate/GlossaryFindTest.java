package io.indaba.core.translate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;

/** Which terms the editor highlights in a segment, and where. */
class GlossaryFindTest {

    private static List<String> spans(List<GlossaryHit> hits, String text) {
        List<String> out = new ArrayList<>();
        for (GlossaryHit h : hits) {
            out.add(text.substring(h.start(), h.end()) + "=" + h.term().target());
        }
        return out;
    }

    private static TermFinder finder(String... sourceTargetPairs) {
        List<GlossaryTerm> terms = new ArrayList<>();
        for (int i = 0; i < sourceTargetPairs.length; i += 2) {
            terms.add(new GlossaryTerm(i + 1, "en", "am", sourceTargetPairs[i], sourceTargetPairs[i + 1], null));
        }
        return new TermFinder(terms);
    }

    @Example
    void caseInsensitiveWholeWordsLongestFirst() {
        TermFinder f = finder("heart", "ልብ", "Heart attack", "የልብ ድካም", "HIV", "ኤች አይ ቪ");
        String text = "A HEART attack in HIV-positive patients; a sweetheart's heart.";
        assertEquals(List.of("HEART attack=የልብ ድካም", "HEART=ልብ", "HIV=ኤች አይ ቪ", "heart=ልብ"),
                spans(f.find(text), text));
    }

    @Example
    void spansNeverSplitAGraphemeAndCoverTheOriginalSpelling() {
        TermFinder f = finder("café", "ካፌ", "cafe", "wrong", "blood pressure", "የደም ግፊት", "Straße", "መንገድ");
        String text = "Cafe\u0301 blood\u00A0 pressure on the STRASSE";
        assertEquals(List.of("Cafe\u0301=ካፌ", "blood\u00A0 pressure=የደም ግፊት", "STRASSE=መንገድ"),
                spans(f.find(text), text));
    }

    @Example
    void possessivesAndZeroWidthSpacesDoNotHideATerm() {
        TermFinder f = finder("patient", "ታካሚ", "sɛbɛn", "x");
        String text = "the patient’s file; sɛ\u200Bbɛn";
        assertEquals(List.of("patient=ታካሚ", "sɛ\u200Bbɛn=x"), spans(f.find(text), text));
    }

    @Example
    void scriptsWithoutSpacesMatchInsideARunOfLetters() {
        TermFinder f = finder("心脏", "heart", "ยา", "drug");
        String text = "他的心脏病 และยาแก้ปวด";
        assertEquals(List.of("心脏=heart", "ยา=drug"), spans(f.find(text), text));
    }

    @Example
    void nothingToFind() {
        assertEquals(List.of(), finder("heart", "ልብ").find(""));
        assertEquals(List.of(), finder().find("heart"));
        assertEquals(List.of(), finder("heart", "ልብ").find("hearth and heartbeat"));
    }

    @Property
    void hitsLieOnGraphemeBoundariesOfArbitraryText(@ForAll @CharRange(from = 0, to = 0x2FFF) String text) {
        TermFinder f = finder("a", "x", "e\u0301", "y", "ab c", "z");
        com.ibm.icu.text.BreakIterator chars = com.ibm.icu.text.BreakIterator.getCharacterInstance();
        chars.setText(text);
        for (GlossaryHit h : f.find(text)) {
            assertEquals(true, chars.isBoundary(h.start()) && chars.isBoundary(h.end()), h::toString);
            assertEquals(MatchText.normalise(h.term().source()),
                    MatchText.normalise(text.substring(h.start(), h.end())));
        }
    }
}
