package io.indaba.app.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.indaba.app.prefer.DirectAccess;
import io.indaba.app.prefer.ProjectAccess;
import io.indaba.app.translate.HistoryViewModel;
import io.indaba.core.Progress;
import io.indaba.core.audit.AdaptationSuggestion;
import io.indaba.core.audit.AuditTask;
import io.indaba.core.item.Item;
import io.indaba.core.item.ItemKind;
import io.indaba.core.project.Project;
import io.indaba.core.base.ProjectSettings;
import io.indaba.core.translate.Origin;
import io.indaba.core.translate.TranslationStatus;
import io.indaba.core.translate.Translations;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Beside the audited item: the Winogrande twin and the translation history; and a reviewer's suggested adaptation
 * that the lead accepts, which shows in the history with origin adaptation.
 */
class AuditContextViewModelTest {

    @TempDir
    Path dir;

    private Project project;
    private long w1;

    @BeforeEach
    void setUp() {
        project = Project.create(dir.resolve("w.indaba"), new ProjectSettings("W", "en", List.of("sw")), "lead");
        project.items().importAll(List.of(winogrande("w1", "The trophy did not fit because _ was too big."),
                winogrande("w2", "The trophy did not fit because _ was too small.")).iterator(), "lead", "test",
                Progress.NONE);
        w1 = project.items().byExternalId("w1").orElseThrow().id();
        long w2 = project.items().byExternalId("w2").orElseThrow().id();
        project.items().link(w1, "twin", w2, "lead");
        save(w1, "sentence", "Kombe halikutosha kwa sababu _ ilikuwa kubwa.", Origin.MT, "mt");
        save(w1, "sentence", "Kombe halikutoshea kwa sababu _ lilikuwa kubwa mno.", Origin.HUMAN, "tr");
        save(w1, "option1", "kombe", Origin.HUMAN, "tr");
        save(w2, "sentence", "Kombe halikutoshea kwa sababu _ lilikuwa dogo mno.", Origin.HUMAN, "tr");
    }

    private static Item winogrande(String id, String sentence) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("sentence", sentence);
        fields.put("option1", "trophy");
        fields.put("option2", "suitcase");
        return Item.of(id, ItemKind.WINOGRANDE, "en", "wino", 1, fields, "1", Map.of());
    }

    private void save(long item, String field, String text, Origin origin, String author) {
        project.translations().save(new Translations.Change(item, field, "sw", text, TranslationStatus.TRANSLATED,
                origin, author, project.items().byId(item).orElseThrow().sourceHash(), null));
    }

    @AfterEach
    void tearDown() {
        project.close();
    }

    private ProjectAccess access() {
        return DirectAccess.of(project);
    }

    private AuditTask task() {
        Map<String, String> text = new LinkedHashMap<>();
        project.translations().forItem(w1, "sw").forEach((f, t) -> text.put(f, t.text()));
        return new AuditTask(project.items().byId(w1).orElseThrow(), "sw", text);
    }

    @Test
    void theTwinAndTheHistoryOfEachTranslatedFieldAreAtHand() {
        AuditContextViewModel context = new AuditContextViewModel(access(), "sw");
        context.show(task());
        assertEquals("w2", context.twinIdProperty().get());
        assertTrue(context.twinTextProperty().get().contains("dogo mno"), "the twin's translation is shown");
        assertTrue(context.twinTextProperty().get().contains("(not translated)"), "its untranslated options say so");
        assertEquals(List.of("sentence", "option1"), context.fields(), "translated fields in the item's order");
        assertEquals("sentence", context.historyFieldProperty().get());
        List<HistoryViewModel.Entry> entries = context.history().entries();
        assertEquals(2, entries.size());
        assertEquals(Origin.HUMAN, entries.get(0).revision().origin(), "newest first");
        assertEquals(Origin.MT, entries.get(1).revision().origin());
        context.historyFieldProperty().set("option1");
        assertEquals(1, context.history().entries().size());
        context.show(null);
        assertEquals("", context.twinIdProperty().get());
        assertTrue(context.history().entries().isEmpty());
    }

    @Test
    void anAcceptedSuggestionShowsInTheHistoryWithOriginAdaptation() {
        AuditViewModel audit = new AuditViewModel(access(), "rev1", "sw");
        audit.start();
        assertEquals("w1", audit.currentProperty().get().item().externalId());
        assertEquals(List.of("sentence", "option1"), audit.translatedFields());
        audit.adaptationFieldProperty().set("sentence");
        assertEquals("Kombe halikutoshea kwa sababu _ lilikuwa kubwa mno.", audit.adaptationProperty().get(),
                "the suggestion starts from the translation");
        audit.adaptationProperty().set("Kikombe hakikutoshea kwa sababu _ kilikuwa kikubwa mno.");
        audit.choose(audit.taxonomyProperty().get().field("adaptation").orElseThrow(), "rewrite");
        assertTrue(audit.submit());
        assertEquals(null, audit.adaptationFieldProperty().get(), "the next item starts without a suggestion");

        AdaptationsViewModel lead = new AdaptationsViewModel(access(), "sw", "lead");
        lead.load();
        assertEquals(1, lead.openCount());
        AdaptationSuggestion s = lead.selectedProperty().get();
        assertEquals("rev1", s.reviewerId());
        assertFalse(lead.reject(), "a rejection needs a reason");
        lead.reasonProperty().set("the cup reads better");
        assertTrue(lead.accept());
        assertEquals(0, lead.openCount());
        assertEquals("accepted", lead.selectedProperty().get().decision());

        AuditContextViewModel context = new AuditContextViewModel(access(), "sw");
        context.show(task());
        HistoryViewModel.Entry newest = context.history().entries().get(0);
        assertEquals(Origin.ADAPTATION, newest.revision().origin());
        assertEquals("lead", newest.revision().author());
        assertEquals("Kikombe hakikutoshea kwa sababu _ kilikuwa kikubwa mno.", newest.revision().text());
    }
}
