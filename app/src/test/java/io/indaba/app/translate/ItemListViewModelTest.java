package io.indaba.app.translate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.indaba.app.common.ProjectSession;
import io.indaba.app.tasks.Tasks;
import io.indaba.core.Progress;
import io.indaba.core.item.Item;
import io.indaba.core.item.ItemKind;
import io.indaba.core.project.Project;
import io.indaba.core.base.ProjectSettings;
import io.indaba.core.translate.Origin;
import io.indaba.core.translate.TranslationStatus;
import io.indaba.core.translate.Translations;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The item list on the sample project, run synchronously: languages, statuses, filters, paging, navigation. */
class ItemListViewModelTest {

    @TempDir
    Path dir;

    private SampleEditor sample;
    private ItemListViewModel list;

    @BeforeEach
    void open() {
        sample = new SampleEditor(dir);
        list = new ItemListViewModel(sample.session);
        list.start();
    }

    @AfterEach
    void close() {
        sample.close();
    }

    private List<String> ids() {
        return list.rows().stream().map(ItemRow::externalId).toList();
    }

    private ItemRow row(String id) {
        return list.rows().stream().filter(r -> r.externalId().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void listsTheTranslatableItemsWithTheirStatusInTheFirstTargetLanguage() {
        assertEquals(List.of("am", "ar", "ig", "yo"), list.languages());
        assertEquals("am", list.languageProperty().get());
        assertEquals(12, list.rows().size(), "six questions and six Winogrande sentences; prompts are not listed");
        assertTrue(ids().stream().noneMatch(id -> id.contains("prompt")));
        assertEquals(TranslationStatus.APPROVED, row("sample-mcq-1").status());
        assertEquals(TranslationStatus.TRANSLATED, row("sample-mcq-2").status());
        assertEquals(TranslationStatus.DRAFT, row("sample-mcq-3").status(), "only the question is translated");
        assertEquals(TranslationStatus.NEW, row("sample-mcq-4").status());
        assertEquals("sample-mcq-1", list.selectedProperty().get().externalId(), "the first row opens");
        assertEquals(ItemKind.WINOGRANDE, row("sample-wg-1a").kind());
    }

    @Test
    void progressPerLanguageCountsFinishedFields() {
        LanguageProgress am = list.progress().get(0);
        assertEquals("am", am.lang());
        assertEquals(48, am.total());
        assertEquals(13, am.finished(), "mcq-1 and mcq-2 (5 fields each) and wg-1a (3 fields)");
    }

    @Test
    void filtersByStatusAndLanguage() {
        list.statusProperty().set(StatusFilter.UNFINISHED);
        assertEquals(9, list.rows().size());
        assertFalse(ids().contains("sample-mcq-1"));
        list.languageProperty().set("ig");
        list.statusProperty().set(StatusFilter.NEEDS_ADAPTATION);
        assertEquals(List.of("sample-mcq-5"), ids());
    }

    @Test
    void searchesSourceAndTargetTextPlainOrRegex() {
        list.searchProperty().set("UMBRELLA");
        list.applySearch();
        assertEquals(List.of("sample-wg-1a", "sample-wg-1b"), ids());
        list.searchProperty().set("ልብ");
        list.applySearch();
        assertEquals(List.of("sample-mcq-1"), ids(), "the Amharic target is searched too");
        list.regexProperty().set(true);
        list.searchProperty().set("^Which (organ|vitamin)");
        list.applySearch();
        assertEquals(List.of("sample-mcq-1", "sample-mcq-3"), ids());
        list.searchProperty().set("(unclosed");
        list.applySearch();
        assertTrue(list.errorProperty().get().startsWith("Not a valid regular expression"), list.errorProperty().get());
        assertTrue(list.rows().isEmpty());
    }

    @Test
    void nextUnfinishedSkipsFinishedItems() {
        list.selectItem(sample.item("sample-mcq-1").id());
        list.selectNextUnfinished();
        assertEquals("sample-mcq-3", list.selectedProperty().get().externalId());
        list.selectNext();
        assertEquals("sample-mcq-4", list.selectedProperty().get().externalId());
        list.selectPrevious();
        assertEquals("sample-mcq-3", list.selectedProperty().get().externalId());
    }

    @Test
    void aSaveRefreshesTheRowAndTheProgress() {
        Item item = sample.item("sample-mcq-4");
        for (String field : item.fields().keySet()) {
            sample.project.translations().save(new Translations.Change(item.id(), field, "am", "x", TranslationStatus.TRANSLATED,
                    Origin.HUMAN, "t", item.sourceHash(), null));
        }
        list.refresh(item.id());
        assertEquals(TranslationStatus.TRANSLATED, row("sample-mcq-4").status());
        assertEquals(18, list.progress().get(0).finished());
    }

    @Test
    void pagesAreReadOnDemandAndNextUnfinishedReadsFurther(@TempDir Path other) {
        Project big = Project.create(other.resolve("big.indaba"), new ProjectSettings("Big", "en", List.of("zu")), "t");
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < 450; i++) {
            items.add(Item.of(String.format("q%03d", i), ItemKind.MCQ, "en", "c", i, Map.of("question", "Q" + i),
                    "A", null));
        }
        big.items().importAll(items.iterator(), "t", "test", Progress.NONE);
        for (int i = 0; i < 440; i++) {
            Item item = big.items().byExternalId(String.format("q%03d", i)).orElseThrow();
            big.translations().save(new Translations.Change(item.id(), "question", "zu", "Z" + i,
                    TranslationStatus.TRANSLATED, Origin.HUMAN, "t", item.sourceHash(), null));
        }
        try (ProjectSession session = new ProjectSession(big, "Big", new Tasks(Runnable::run, Runnable::run))) {
            ItemListViewModel paged = new ItemListViewModel(session);
            paged.start();
            assertEquals(ItemListViewModel.PAGE, paged.rows().size(), "one page, not the whole project");
            assertTrue(paged.moreProperty().get());
            paged.selectNextUnfinished();
            assertEquals("q440", paged.selectedProperty().get().externalId());
            assertEquals(450, paged.rows().size());
            assertFalse(paged.moreProperty().get());
        }
    }
}
