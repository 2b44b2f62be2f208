package io.indaba.app.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.indaba.app.prefer.DirectAccess;
import io.indaba.app.prefer.ProjectAccess;
import io.indaba.core.Progress;
import io.indaba.core.audit.Audits;
import io.indaba.core.item.Item;
import io.indaba.core.item.ItemKind;
import io.indaba.core.project.Project;
import io.indaba.core.base.ProjectSettings;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The lead sees each field reviewers disagree on and decides it with a reason, in a record of its own. */
class DecisionsViewModelTest {

    @TempDir
    Path dir;

    private Project project;
    private long q1;

    @BeforeEach
    void setUp() {
        project = Project.create(dir.resolve("d.indaba"), new ProjectSettings("D", "en", List.of("sw")), "lead");
        project.items().importAll(List.of(Item.of("q1", ItemKind.MCQ, "en", "t", 1, Map.of("question", "Q?", "A", "a",
                "B", "b"), "A", Map.of())).iterator(), "lead", "test", Progress.NONE);
        q1 = project.items().byExternalId("q1").orElseThrow().id();
        Audits audits = new Audits(project.database());
        audits.submit(q1, "sw", "rev1", Map.of("appropriateness", List.of("typical")), "fine");
        audits.submit(q1, "sw", "rev2", Map.of("appropriateness", List.of("strange")), "odd name");
        audits.submit(q2(), "sw", "rev1", Map.of("country", List.of("KE")), null);
        audits.submit(q2(), "sw", "rev2", Map.of("country", List.of("TZ")), null);
    }

    private long q2() {
        if (project.items().byExternalId("q2").isEmpty()) {
            project.items().importAll(List.of(Item.of("q2", ItemKind.MCQ, "en", "t", 2, Map.of("question", "Q2?",
                    "A", "a", "B", "b"), "A", Map.of())).iterator(), "lead", "test", Progress.NONE);
        }
        return project.items().byExternalId("q2").orElseThrow().id();
    }

    @Test
    void aCountryDisagreementOffersTheVotesAndAbstentionsNotEveryCountry() {
        DecisionsViewModel model = new DecisionsViewModel(access(), "sw", "lead");
        model.load();
        model.selectedProperty().set(model.disagreements().stream().filter(d -> d.field().equals("country"))
                .findFirst().orElseThrow());
        assertEquals(List.of("not-applicable"), model.options());
        assertEquals("Kenya", model.words(List.of("KE")));
    }

    @AfterEach
    void tearDown() {
        project.close();
    }

    private ProjectAccess access() {
        return DirectAccess.of(project);
    }

    @Test
    void aDecisionNeedsAReasonAndIsShownOnTheDisagreement() {
        DecisionsViewModel model = new DecisionsViewModel(access(), "sw", "lead");
        model.load();
        assertEquals(2, model.disagreements().size(), "q1's appropriateness and q2's country");
        assertEquals("appropriateness", model.selectedProperty().get().field());
        assertEquals("odd name", model.selectedProperty().get().notes().get("rev2"));
        assertEquals(List.of("strange", "maybe", "typical", "dont-understand", "not-applicable"), model.options());

        assertEquals("Don't understand", model.words(List.of("dont-understand")), "values show as words");
        assertEquals("Strange, incoherent or disrespectful", model.words(List.of("strange")));
        assertEquals("Appropriateness", model.fieldLabel(model.selectedProperty().get()));

        assertFalse(model.decide(List.of("typical")));
        assertEquals(io.indaba.app.common.Messages.get("audit.decide.reasonRequired"), model.messageProperty().get());

        model.reasonProperty().set("a common name in Kenya");
        assertTrue(model.decide(List.of("typical")));

        assertEquals(List.of("typical"), model.selectedProperty().get().decision().answer());
        assertEquals("lead", model.selectedProperty().get().decision().adjudicatorId());
        assertEquals("", model.reasonProperty().get());
        assertEquals(List.of("strange"), new Audits(project.database()).forItem(q1).get(1).answer("appropriateness"),
                "the reviewer's audit is untouched");
    }

    @Test
    void theAgreementPaneShowsEachAnsweredFieldAndTheLabels() {
        AgreementViewModel model = new AgreementViewModel(access(), "sw");
        model.load();
        assertEquals(2, model.rows().size(), "only appropriateness and country were answered");
        AgreementViewModel.Row row = model.rows().get(0);
        assertEquals("Appropriateness", row.field(), "the taxonomy's label, not the key");
        assertEquals("ordinal", row.metric());
        assertEquals("0.0%", row.observed());
        assertTrue(row.gwet().startsWith("AC2 "), row.gwet());
        assertEquals("Labels (rule set 0): —", model.labelsProperty().get(), "no rule holds without knowledge answers");
        AgreementViewModel none = new AgreementViewModel(access(), "fr");
        none.load();
        assertTrue(none.rows().isEmpty());
        assertEquals(io.indaba.app.common.Messages.get("audit.agreement.none"), none.noteProperty().get());
    }
}
