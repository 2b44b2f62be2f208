package io.indaba.app.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.indaba.app.common.Messages;
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

/** The Statistics workspace's audit section: audited languages, agreement per field, abstentions, CS/CA counts. */
class AuditStatisticsViewModelTest {

    @TempDir
    Path dir;

    private Project project;

    @BeforeEach
    void setUp() {
        project = Project.create(dir.resolve("s.indaba"), new ProjectSettings("S", "en", List.of("sw", "yo")), "lead");
        project.items().importAll(List.of(
                Item.of("q1", ItemKind.MCQ, "en", "virology_test", 1, Map.of("question", "Q1", "A", "a", "B", "b"), "A",
                        Map.of()),
                Item.of("q2", ItemKind.MCQ, "en", "law_test", 2, Map.of("question", "Q2", "A", "a", "B", "b"), "A",
                        Map.of())).iterator(), "lead", "test", Progress.NONE);
        long q1 = project.items().byExternalId("q1").orElseThrow().id();
        long q2 = project.items().byExternalId("q2").orElseThrow().id();
        Audits audits = new Audits(project.database());
        audits.submit(q1, "sw", "rev1", Map.of("appropriateness", List.of("typical"), "knowledge", List.of("none")), null);
        audits.submit(q1, "sw", "rev2", Map.of("appropriateness", List.of("typical"), "knowledge", List.of("none")), null);
        audits.submit(q2, "sw", "rev1", Map.of("appropriateness", List.of("dont-understand"),
                "knowledge", List.of("cultural")), null);
        audits.submit(q2, "sw", "rev2", Map.of("appropriateness", List.of("typical"),
                "knowledge", List.of("cultural", "regional")), null);
    }

    @AfterEach
    void tearDown() {
        project.close();
    }

    private ProjectAccess access() {
        return DirectAccess.of(project);
    }

    @Test
    void showsTheAuditedLanguagesFiguresPerFieldWithAbstentionsAndLabelsPerSubject() {
        AuditStatisticsViewModel model = new AuditStatisticsViewModel(access());
        model.load();
        assertEquals(List.of("sw"), model.languages(), "yo has no audits");
        assertEquals("sw", model.languageProperty().get());
        AgreementViewModel sw = model.agreementProperty().get();
        sw.load();
        AgreementViewModel.Row appropriateness = sw.rows().stream().filter(r -> r.field().equals("Appropriateness"))
                .findFirst().orElseThrow();
        assertEquals("100.0%", appropriateness.observed(), "one pairable item, agreed");
        assertTrue(appropriateness.alpha().contains("("), "alpha with its interval: " + appropriateness.alpha());
        assertTrue(appropriateness.gwet().startsWith("AC2 "), appropriateness.gwet());
        assertEquals("Don't understand 1", appropriateness.abstentions());
        AgreementViewModel.Row knowledge = sw.rows().stream().filter(r -> r.field().equals("Knowledge required"))
                .findFirst().orElseThrow();
        assertTrue(knowledge.gwet().startsWith("AC1 ") || knowledge.gwet().isEmpty(), knowledge.gwet());
        assertTrue(sw.labelsProperty().get().contains("culturally-sensitive 1"), sw.labelsProperty().get());
        assertTrue(sw.labelsProperty().get().contains("culturally-agnostic 1"), sw.labelsProperty().get());
        assertTrue(sw.subjectsProperty().get().contains("law_test: culturally-sensitive 1"),
                sw.subjectsProperty().get());
        assertTrue(sw.subjectsProperty().get().contains("virology_test: culturally-agnostic 1"),
                sw.subjectsProperty().get());
    }

    @Test
    void aProjectWithoutAuditsSaysSo() {
        project.close();
        project = Project.create(dir.resolve("empty.indaba"), new ProjectSettings("E", "en", List.of("sw")), "lead");
        AuditStatisticsViewModel model = new AuditStatisticsViewModel(access());
        model.load();
        assertTrue(model.languages().isEmpty());
        assertNull(model.agreementProperty().get());
        assertEquals(Messages.get("stats.audit.none"), model.messageProperty().get());
    }
}
