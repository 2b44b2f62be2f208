package io.indaba.core.audit;

import static io.indaba.core.audit.AuditedProject.answers;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.indaba.core.project.Project;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Audits are checked against a versioned taxonomy, adjudicated field by field and turned into labels by rules. */
class AuditWorkflowTest {

    @TempDir
    Path dir;

    @Test
    void aSubmitStoresTheGuidelineVersionAndSurvivesReopening() {
        Path file = dir.resolve("a.indaba");
        try (Project p = AuditedProject.create(file, 2)) {
            Audit a = new Audits(p.database()).submit(AuditedProject.id(p, "q1"), "sw", "rev1",
                    answers("translation_quality", "good", "appropriateness", "typical", "knowledge", "cultural,regional", "country", "KE"),
                    " fine ");
            assertEquals(1, a.guidelineVersion(), "the default is saved as version 1 by the first audit");
            assertEquals("fine", a.note());
        }
        try (Project p = Project.open(file)) {
            List<Audit> stored = new Audits(p.database()).forItem(AuditedProject.id(p, "q1"));
            assertEquals(1, stored.size());
            assertEquals(List.of("cultural", "regional"), stored.get(0).answer("knowledge"));
            assertEquals(List.of("KE"), stored.get(0).answer("country"));
        }
    }

    @Test
    void answersOutsideTheTaxonomyAreRefused() {
        try (Project p = AuditedProject.create(dir.resolve("r.indaba"), 1)) {
            Audits audits = new Audits(p.database());
            long q1 = AuditedProject.id(p, "q1");
            assertThrows(IllegalArgumentException.class,
                    () -> audits.submit(q1, "sw", "r", answers("appropriateness", "lovely"), null));
            assertThrows(IllegalArgumentException.class,
                    () -> audits.submit(q1, "sw", "r", answers("appropriateness", "typical,maybe"), null));
            assertThrows(IllegalArgumentException.class,
                    () -> audits.submit(q1, "sw", "r", answers("knowledge", "none,dont-understand"), null));
            assertThrows(IllegalArgumentException.class,
                    () -> audits.submit(q1, "sw", "r", answers("country", "Kenya"), null));
            assertThrows(IllegalArgumentException.class,
                    () -> audits.submit(q1, "sw", "r", answers("colour", "red"), null));
            assertEquals(0, audits.countsByLanguage().size());
        }
    }

    @Test
    void everyTaxonomyChangeIsANewVersionAndOldAuditsKeepTheirs() {
        try (Project p = AuditedProject.create(dir.resolve("v.indaba"), 1)) {
            Audits audits = new Audits(p.database());
            Taxonomies taxonomies = new Taxonomies(p.database());
            long q1 = AuditedProject.id(p, "q1");
            audits.submit(q1, "sw", "r1", answers("time_sensitive", "no"), null);
            List<Field> fields = new ArrayList<>(taxonomies.current().fields());
            fields.add(new Field("offensive", "Offensive", FieldType.SINGLE, List.of("no", "yes"), List.of()));
            Taxonomy v2 = taxonomies.save(new Taxonomy(0, fields), "lead");
            assertEquals(2, v2.version());
            assertEquals(2, taxonomies.save(new Taxonomy(0, fields), "lead").version(), "no change, no version");
            Audit later = audits.submit(q1, "sw", "r2", answers("offensive", "yes"), null);
            assertEquals(2, later.guidelineVersion());
            assertEquals(1, audits.forItem(q1).get(0).guidelineVersion());
            assertTrue(taxonomies.version(1).orElseThrow().field("offensive").isEmpty());
        }
    }

    @Test
    void disagreementsAreDecidedInTheirOwnRecordAndRulesReadTheDecision() {
        try (Project p = AuditedProject.create(dir.resolve("d.indaba"), 2)) {
            Audits audits = new Audits(p.database());
            long q1 = AuditedProject.id(p, "q1");
            long q2 = AuditedProject.id(p, "q2");
            audits.submit(q1, "sw", "r1", answers("translation_quality", "good", "appropriateness", "typical", "knowledge", "none"), "ok");
            audits.submit(q1, "sw", "r2", answers("translation_quality", "good", "appropriateness", "maybe", "knowledge", "none"), "odd name");
            audits.submit(q2, "sw", "r1", answers("translation_quality", "good", "appropriateness", "typical", "knowledge", "cultural"), null);
            audits.submit(q2, "sw", "r2", answers("translation_quality", "good", "appropriateness", "typical", "knowledge", "none"), null);
            AuditDecisions decisions = new AuditDecisions(p.database());
            RuleSet rules = RuleSet.defaults();

            List<FieldDisagreement> open = decisions.disagreements("sw");
            assertEquals(List.of("q1:appropriateness", "q2:knowledge"),
                    open.stream().map(d -> d.externalId() + ":" + d.field()).toList());
            assertEquals("odd name", open.get(0).notes().get("r2"));
            AuditBook before = AuditBook.read(p.database(), "sw");
            assertEquals(Set.of("culturally-agnostic"), rules.labels(before, q1), "not every reviewer chose typical");
            assertEquals(Set.of("appropriate", "culturally-sensitive"), rules.labels(before, q2));

            assertThrows(IllegalArgumentException.class,
                    () -> decisions.decide(q1, "sw", "appropriateness", List.of("typical"), " ", "lead"));
            AuditDecision d = decisions.decide(q1, "sw", "appropriateness", List.of("typical"), "name is common", "lead");

            assertEquals(1, d.guidelineVersion());
            assertEquals(List.of("maybe"), audits.forItem(q1).get(1).answer("appropriateness"), "audit untouched");
            AuditBook after = AuditBook.read(p.database(), "sw");
            assertEquals(Set.of("appropriate", "culturally-agnostic"), rules.labels(after, q1));
            assertEquals(d, decisions.disagreements("sw").get(0).decision());
        }
    }

    @Test
    void rulesAreVersionedSettingsWithThresholdsAndATiePolicy() {
        try (Project p = AuditedProject.create(dir.resolve("s.indaba"), 1)) {
            RuleSets store = new RuleSets(p.database());
            assertEquals(0, store.current().version());
            Condition majority = new Condition("knowledge", "majority", List.of("cultural"), 0, true);
            RuleSet saved = store.save(new RuleSet(0, List.of(new Rule("culturally-sensitive", List.of(majority)))),
                    "lead");
            assertEquals(1, saved.version());
            assertEquals(saved, store.current());
            assertTrue(majority.holds(List.of(List.of("cultural"), List.of("none"))), "a tie counts as the policy says");
            assertTrue(!new Condition("knowledge", "majority", List.of("cultural"), 0, false)
                    .holds(List.of(List.of("cultural"), List.of("none"))));
            assertTrue(new Condition("knowledge", "at-least", List.of("cultural", "dialect"), 2, false)
                    .holds(List.of(List.of("dialect"), List.of("none"), List.of("cultural", "none"))));
            assertTrue(!new Condition("knowledge", "all", List.of("none"), 0, false).holds(List.of()),
                    "nothing answered: no label");
            assertNull(AuditBook.read(p.database(), "sw").decision(1, "knowledge"));
        }
    }
}
