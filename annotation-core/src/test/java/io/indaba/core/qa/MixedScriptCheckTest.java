package io.indaba.core.qa;

import com.ibm.icu.lang.UScript;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.indaba.core.qa.QaItems.run;
import static io.indaba.core.qa.QaItems.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MixedScriptCheckTest {

    private final MixedScriptCheck check = new MixedScriptCheck();

    @Test
    void fixesGreekEpsilonInBambara() {
        QaFinding f = run(check, text("bm", "x", "A sεbεn bε")).get(0);
        assertEquals("A sɛbɛn bɛ", f.autoFix().orElseThrow());
        assertEquals("2 words mix scripts: sεbεn (Latin+Greek), bε (Latin+Greek).", f.message());
        assertEquals(List.of(new TextRange(3, 4), new TextRange(5, 6), new TextRange(9, 10)), f.ranges());
        assertEquals(Severity.WARNING, f.severity());
    }

    @Test
    void fixesGreekOpenOLookAlikeButNotAmbiguousCapitalEpsilon() {
        assertEquals("kɔnɔ", run(check, text("bm", "x", "kͻnͻ")).get(0).autoFix().orElseThrow());
        assertTrue(run(check, text("bm", "x", "Εɲɛ")).get(0).autoFix().isEmpty());
    }

    @Test
    void mapsAnAccentedLookAlikeThroughItsDecomposition() {
        // Greek epsilon with varia, as in the Bambara delivery's "kὲlɛ": becomes ɛ + combining grave
        QaFinding f = run(check, text("bm", "x", "k\u1F72lɛ")).get(0);
        assertEquals("k\u025B\u0300lɛ", f.autoFix().orElseThrow());
        // Cyrillic ё decomposes to е + diaeresis; the Latin e recomposes, keeping NFC text in NFC
        assertEquals("Noël", run(check, text("ig", "x", "No\u0451l")).get(0).autoFix().orElseThrow());
    }

    @Test
    void reportsCodeMixingWithoutFix() {
        QaFinding f = run(check, text("am", "x", "የRNA ቫይረስ")).get(0);
        assertTrue(f.autoFix().isEmpty());
        assertEquals(List.of(new TextRange(1, 4)), f.ranges());
    }

    @Test
    void fixesCyrillicLookAlikesInLatinLanguages() {
        QaFinding f = run(check, text("ig", "x", "Ọ dị mmа")).get(0); // Cyrillic а
        assertEquals("Ọ dị mma", f.autoFix().orElseThrow());
        QaFinding wholeWord = run(check, text("ig", "x", "ka о bụ")).get(0); // a lone Cyrillic о
        assertEquals("ka o bụ", wholeWord.autoFix().orElseThrow());
    }

    @Test
    void acceptsSingleScriptWordsAndJapanese() {
        assertEquals(List.of(), run(check, text("bm", "x", "A sɛbɛn bɛ 12 _ !")));
        assertEquals(List.of(), run(check, text("am", "x", "ኢያን ቤቱ Ian DNA")));
        assertEquals(List.of(), run(check, text("ja", "x", "日本語を読みます カタカナ漢字")));
        assertEquals(List.of(), run(check, text("en", "x", "α-helix and β")));
    }

    @Test
    void fixesPerLanguageConfusablesFromThePolicy() {
        LanguageRules custom = LanguageRules.DEFAULT.withScript(UScript.LATIN)
                .withConfusables(Map.of((int) 'η', (int) 'ŋ'));
        QaItem item = QaItem.of(text("mnk", "x", "ηaηa"));
        assertEquals("ŋaŋa", check.check(item, custom).get(0).autoFix().orElseThrow());
        assertTrue(check.check(item, QaPolicy.standard().rulesFor("mnk")).get(0).autoFix().isEmpty());
    }
}
