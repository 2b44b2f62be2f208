package io.indaba.app.translate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.indaba.core.item.Item;
import io.indaba.core.item.ItemKind;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The editor header's locked answer key: the key, "unlabeled" for a test-split item, nothing for free text. */
class ItemEditorAnswerKeyTest {

    private static Item item(ItemKind kind, String answer) {
        return Item.of("q1", kind, "en", "c", 1, Map.of("sentence", "Ian ate because _ was hungry."), answer, Map.of());
    }

    @Test
    void aLabelledItemShowsItsLockedKey() {
        assertEquals("Answer 2 · locked", ItemEditorViewModel.answerLabel(item(ItemKind.WINOGRANDE, "2")));
        assertEquals("Answer key 2, locked", ItemEditorViewModel.answerAccessibleText(item(ItemKind.WINOGRANDE, "2")));
    }

    @Test
    void anUnlabeledBenchmarkItemSaysSo() {
        String label = ItemEditorViewModel.answerLabel(item(ItemKind.WINOGRANDE, null));
        assertTrue(label.startsWith("Unlabeled"), label);
        assertTrue(ItemEditorViewModel.answerLabel(item(ItemKind.MCQ, null)).startsWith("Unlabeled"));
        assertTrue(ItemEditorViewModel.answerAccessibleText(item(ItemKind.MCQ, null)).contains("no answer key"));
    }

    @Test
    void kindsWithoutAnswersShowNoKey() {
        assertNull(ItemEditorViewModel.answerLabel(item(ItemKind.TEXT, null)));
        assertNull(ItemEditorViewModel.answerLabel(item(ItemKind.PROMPT, null)));
    }
}
