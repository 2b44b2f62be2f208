package io.indaba.core.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.indaba.core.project.Project;
import io.indaba.core.translate.Origin;
import io.indaba.core.translate.Revision;
import io.indaba.core.translate.Translation;
import io.indaba.core.translate.TranslationStatus;
import io.indaba.core.translate.Translations;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A reviewer's suggested adaptation becomes a translation revision with origin adaptation when the lead accepts. */
class AdaptationSuggestionsTest {

    @TempDir
    Path dir;

    private Project project;
    private long q1;

    @BeforeEach
    void setUp() {
        project = AuditedProject.create(dir.resolve("s.indaba"), 2);
        q1 = AuditedProject.id(project, "q1");
        project.translations().save(new Translations.Change(q1, "question", "sw", "Swali la dola",
                TranslationStatus.TRANSLATED, Origin.HUMAN, "tr", project.items().byId(q1).orElseThrow().sourceHash(),
                null));
    }

    @AfterEach
    void tearDown() {
        project.close();
    }

    @Test
    void anAcceptedSuggestionIsARevisionWithOriginAdaptation() {
        Audit audit = new Audits(project.database()).submit(q1, "sw", "rev1",
                AuditedProject.answers("adaptation", "localise-units"), null,
                List.of(new Audits.Suggestion("question", "Swali la shilingi")));
        AdaptationSuggestions suggestions = new AdaptationSuggestions(project.database());
        List<AdaptationSuggestion> open = suggestions.list("sw");
        assertEquals(1, open.size());
        AdaptationSuggestion s = open.get(0);
        assertTrue(s.open());
        assertEquals("Swali la dola", s.currentText());
        assertEquals("rev1", s.reviewerId());

        AdaptationSuggestion accepted = suggestions.accept(s.id(), "lead", "shillings are what people use");
        assertEquals("accepted", accepted.decision());
        Translation t = project.translations().forItem(q1, "sw").get("question");
        assertEquals("Swali la shilingi", t.text());
        assertEquals(t.id(), accepted.translationId());
        List<Revision> history = project.translations().history(t.id());
        Revision last = history.get(history.size() - 1);
        assertEquals(Origin.ADAPTATION, last.origin());
        assertEquals("lead", last.author());
        assertTrue(last.note().contains("rev1"), last.note());
        assertEquals(1, new Audits(project.database()).forItem(q1).size(), "the audit itself stays as given");
        assertEquals(audit.id(), new Audits(project.database()).forItem(q1).get(0).id());

        IllegalArgumentException twice = assertThrows(IllegalArgumentException.class,
                () -> suggestions.accept(s.id(), "lead", null));
        assertTrue(twice.getMessage().contains("already accepted"), twice.getMessage());
    }

    @Test
    void aRejectionNeedsAReasonAndLeavesTheTranslation() {
        new Audits(project.database()).submit(q1, "sw", "rev1", AuditedProject.answers("adaptation", "rewrite"), null,
                List.of(new Audits.Suggestion("question", "Swali jipya")));
        AdaptationSuggestions suggestions = new AdaptationSuggestions(project.database());
        long id = suggestions.list("sw").get(0).id();
        assertThrows(IllegalArgumentException.class, () -> suggestions.reject(id, "lead", " "));
        AdaptationSuggestion rejected = suggestions.reject(id, "lead", "the original is fine");
        assertEquals("rejected", rejected.decision());
        assertNull(rejected.translationId());
        assertEquals("Swali la dola", project.translations().forItem(q1, "sw").get("question").text());
    }

    @Test
    void aSuggestionForAFieldTheItemLacksIsRefusedWithTheAudit() {
        Audits audits = new Audits(project.database());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> audits.submit(q1, "sw",
                "rev1", AuditedProject.answers("adaptation", "rewrite"), null,
                List.of(new Audits.Suggestion("E", "x"))));
        assertTrue(e.getMessage().contains("no field 'E'"), e.getMessage());
        assertTrue(audits.forItem(q1).isEmpty(), "nothing is stored: one transaction");
    }
}
