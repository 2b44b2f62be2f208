package io.indaba.core.qa;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class QaRunnerTest {

    @Test
    void registryListsEveryCheckOnce() {
        assertEquals(List.of("empty", "blank-count", "answer-changed", "option-count", "identical-options",
                "option-not-in-sentence", "numbers", "not-nfc", "invisible-char", "mixed-script", "same-as-source",
                "mt-similarity", "length-ratio", "punctuation", "glossary"), QaCheckRegistry.standard().ids());
        assertThrows(IllegalArgumentException.class, () -> QaCheckRegistry.standard().with(new EmptyCheck()));
        assertTrue(QaCheckRegistry.standard().byId("glossary").isPresent());
    }

    @Test
    void runsAllChecksOverItems() {
        QaItem broken = QaItems.winogrande("bm", "Ian ate because _ liked it.", "Ian ye a dun bawo a ka di a ye.",
                "Ian", "Ian", "Dennis", "Dennis", "1", "2");
        List<QaFinding> found = QaRunner.standard().checkAll(List.of(broken));
        assertEquals(List.of("blank-count", "answer-changed"), found.stream().map(QaFinding::checkId).toList());
    }

    @Test
    void parallelRunKeepsItemOrder() {
        List<QaItem> items = new java.util.ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            items.add(QaItem.of(new QaSegment("q" + i, QaItemKind.TEXT, QaFields.TEXT, "am", "x", "ቤቱ ነው.")));
        }
        QaRunner runner = QaRunner.standard();
        List<QaFinding> parallel = runner.checkAllInParallel(items);
        assertEquals(runner.checkAll(items), parallel);
        assertEquals("q0", parallel.get(0).itemId());
        assertEquals("q1999", parallel.get(parallel.size() - 1).itemId());
    }

    @Test
    void appliesThePolicy() {
        QaItem item = QaItem.of(QaItems.text("am", "x", "ቤቱ ነው."));
        assertEquals(1, QaRunner.standard().check(item).size());
        QaRunner lenient = new QaRunner(QaCheckRegistry.standard(), QaPolicy.standard().withDisabled("punctuation"));
        assertEquals(List.of(), lenient.check(item));
        QaRunner noStop = new QaRunner(QaCheckRegistry.standard(),
                QaPolicy.standard().withLanguage("am", LanguageRules.DEFAULT));
        assertEquals(List.of(), noStop.check(item));
    }

    @Test
    void checksAFieldOnItsOwnWithoutItemLevelChecks() {
        QaSegment option = QaItems.segment(QaItemKind.WINOGRANDE, QaFields.option(1), "bm", "home", "sεbεn");
        List<QaFinding> found = QaRunner.standard().checkSegment(option);
        assertEquals(List.of("mixed-script"), found.stream().map(QaFinding::checkId).toList());
    }

    @Test
    void turnsAFailingPluginCheckIntoAFinding() {
        QaCheck faulty = new QaCheck() {
            public String id() {
                return "faulty";
            }

            public String description() {
                return "always throws";
            }

            public List<QaFinding> check(QaItem item, LanguageRules rules) {
                throw new IllegalStateException("boom");
            }
        };
        QaRunner runner = new QaRunner(QaCheckRegistry.standard().with(faulty), QaPolicy.standard());
        List<QaFinding> found = runner.check(QaItem.of(QaItems.text("bm", "a", "b")));
        assertEquals(1, found.size());
        assertEquals("faulty", found.get(0).checkId());
        assertTrue(found.get(0).message().contains("boom"));
    }

    @Test
    void resolvesLanguageRulesByPrimarySubtag() {
        QaPolicy policy = QaPolicy.standard();
        assertEquals("\u1362", policy.rulesFor("am-ET").fullStop());
        assertEquals("\u1362", policy.rulesFor("AM_et").fullStop());
        assertEquals(LanguageRules.DEFAULT, policy.rulesFor("xx"));
        assertEquals(LanguageRules.DEFAULT, policy.rulesFor(null));
    }

    @Test
    void itemsRejectSegmentsOfOtherItems() {
        QaSegment other = new QaSegment("q2", QaItemKind.TEXT, QaFields.TEXT, "bm", "a", "b");
        assertThrows(IllegalArgumentException.class,
                () -> QaItem.of("q1", QaItemKind.TEXT, "bm", List.of(other)));
        assertEquals(QaItemKind.WINOGRANDE, QaItemKind.fromId(" Winogrande "));
        assertThrows(IllegalArgumentException.class, () -> QaItemKind.fromId("essay"));
        assertEquals(2, QaFields.optionNumber("option2"));
        assertEquals(0, QaFields.optionNumber("optionX"));
        assertEquals(0, QaFields.optionNumber("sentence"));
    }
}
