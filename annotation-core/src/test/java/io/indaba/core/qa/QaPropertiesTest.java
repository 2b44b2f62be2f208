package io.indaba.core.qa;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every check on hostile text: never throws, points inside the text, and its fixes settle what they fix. */
class QaPropertiesTest {

    // Characters the checks treat specially, plus lone surrogates, mixed with arbitrary UTF-16 code units
    private static final String TRICKY = "aeoɛɔεͻΕаоሰላም።፡፲፪፻፼عر٢क्ष२߁ภ日を0123456789_.,: \u00A0\"»)\r\n&#;"
            + "\u0301\u0323\u200B\u200C\u200D\u2060\uFEFF\u00AD\u200E\u200F\u061C\u202A\u202B\u202C\u202D\u202E"
            + "\u2066\u2067\u2068\u2069\uD800\uDC00\uD83D\uDE00";
    // Fragments that make the fixing checks fire: doubled blanks, look-alike letters, wrong stops
    private static final List<String> TOKENS = List.of("__", "___", " _ ", "sεbεn", "kͻnͻ", "Εɲɛ", "mmа", " о ",
            "የRNA", "ነው.", "ነው፡፡", "ነው::", "...", "e\u0301", "o\u0323\u0301", " 12 ", "፲፪", "١٢");
    private static final List<String> LANGS = List.of("am", "bm", "ig", "hi", "ar", "th", "en", "xx", "ti-ER");

    private final QaCheckRegistry registry = QaCheckRegistry.standard();
    private final QaPolicy policy = QaPolicy.standard();

    @Property(tries = 400)
    void noCheckThrowsAndFindingsPointInsideTheTarget(@ForAll("items") QaItem item) {
        LanguageRules rules = policy.rulesFor(item.lang());
        for (QaCheck check : registry.all()) {
            for (QaFinding f : check.check(item, rules)) {
                assertEquals(check.id(), f.checkId());
                assertEquals(item.itemId(), f.itemId());
                assertEquals(item.lang(), f.lang());
                String target = item.segment(f.field()).map(QaSegment::targetText).orElse("");
                for (TextRange r : f.ranges()) {
                    assertTrue(r.end() <= target.length(), f + " outside " + target.length());
                }
                f.autoFix().ifPresent(fix -> assertNotEquals(target, fix, f.toString()));
            }
        }
    }

    @Property(tries = 400)
    void applyingAFixSatisfiesTheCheckThatOfferedIt(@ForAll("items") QaItem item) {
        LanguageRules rules = policy.rulesFor(item.lang());
        for (QaCheck check : registry.all()) {
            for (QaFinding f : check.check(item, rules)) {
                if (f.autoFix().isEmpty()) {
                    continue;
                }
                Statistics.label("fixed by").collect(check.id()); // the report shows every fixing check was exercised
                QaItem fixed = item.withTarget(f.field(), f.autoFix().get());
                List<QaFinding> again = check.check(fixed, rules).stream()
                        .filter(g -> g.field().equals(f.field())).toList();
                assertEquals(List.of(), again, "fix of " + f + " in " + item);
            }
        }
    }

    @Property(tries = 400)
    void fixesOfWordyTextSettleToo(@ForAll("wordyItems") QaItem item) {
        applyingAFixSatisfiesTheCheckThatOfferedIt(item);
    }

    @Provide
    Arbitrary<QaItem> items() {
        return items(hostileText());
    }

    /** Text made of whole words and fragments, so that fixable findings are common. */
    @Provide
    Arbitrary<QaItem> wordyItems() {
        Arbitrary<String> word = Arbitraries.frequencyOf(Tuple.of(2, Arbitraries.of(TOKENS)),
                Tuple.of(3, Arbitraries.strings().withChars("abɛɔnkε").ofMinLength(1).ofMaxLength(6)));
        return items(word.list().ofMaxSize(8).map(words -> String.join(" ", words)));
    }

    private static Arbitrary<QaItem> items(Arbitrary<String> text) {
        Arbitrary<String> maybe = Arbitraries.frequencyOf(Tuple.of(8, text), Tuple.of(1, Arbitraries.just(null)));
        Arbitrary<String> answer = Arbitraries.of("1", "2", "2.0", "A", "D", "b", "x", "", " 3 ");
        Arbitrary<QaItemKind> kind = Arbitraries.of(QaItemKind.class);
        Arbitrary<String> lang = Arbitraries.of(LANGS);
        Arbitrary<List<String>> texts = maybe.list().ofSize(10);
        Arbitrary<List<GlossaryTerm>> glossary = Combinators.combine(text, text)
                .filter((s, t) -> !s.isBlank() && !t.isBlank()).as(GlossaryTerm::new).list().ofMaxSize(2);
        return Combinators.combine(kind, lang, texts, answer, answer, glossary)
                .as(QaPropertiesTest::item);
    }

    private static Arbitrary<String> hostileText() {
        Arbitrary<String> tricky = Arbitraries.of(TRICKY.chars().mapToObj(c -> String.valueOf((char) c)).toList());
        Arbitrary<String> any = Arbitraries.chars().map(String::valueOf);
        return Arbitraries.frequencyOf(Tuple.of(4, tricky), Tuple.of(2, Arbitraries.of(TOKENS)), Tuple.of(1, any))
                .list().ofMaxSize(25)
                .map(parts -> String.join("", parts));
    }

    // texts: sentence/question source, target, draft; then option sources and targets
    private static QaItem item(QaItemKind kind, String lang, List<String> t, String sourceAnswer,
                               String targetAnswer, List<GlossaryTerm> glossary) {
        List<QaSegment> segments = new ArrayList<>();
        String main = switch (kind) {
            case WINOGRANDE -> QaFields.SENTENCE;
            case MCQ -> QaFields.QUESTION;
            case PROMPT -> QaFields.PROMPT;
            case TEXT -> QaFields.TEXT;
        };
        segments.add(new QaSegment("q", kind, main, lang, t.get(0), t.get(1), t.get(2)));
        int options = kind == QaItemKind.WINOGRANDE ? 2 : kind == QaItemKind.MCQ ? 3 : 0;
        for (int i = 0; i < options; i++) {
            segments.add(new QaSegment("q", kind, QaFields.option(i + 1), lang, t.get(3 + 2 * i), t.get(4 + 2 * i),
                    t.get(9)));
        }
        return new QaItem("q", kind, lang, sourceAnswer, targetAnswer, segments, glossary);
    }
}
