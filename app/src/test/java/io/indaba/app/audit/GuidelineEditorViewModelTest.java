package io.indaba.app.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.indaba.app.prefer.DirectAccess;
import io.indaba.app.prefer.ProjectAccess;
import io.indaba.core.audit.Audits;
import io.indaba.core.audit.Field;
import io.indaba.core.audit.FieldType;
import io.indaba.core.audit.RuleSet;
import io.indaba.core.audit.RuleSets;
import io.indaba.core.audit.Taxonomies;
import io.indaba.core.audit.Taxonomy;
import io.indaba.core.project.Project;
import io.indaba.core.base.ProjectSettings;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The lead edits the taxonomy and the rules as drafts; Apply validates and saves a new version, Revert drops it. */
class GuidelineEditorViewModelTest {

    @TempDir
    Path dir;

    private Project project;

    @BeforeEach
    void setUp() {
        project = Project.create(dir.resolve("g.indaba"), new ProjectSettings("G", "en", List.of("sw")), "lead");
    }

    @AfterEach
    void tearDown() {
        project.close();
    }

    private ProjectAccess access() {
        return DirectAccess.of(project);
    }

    private FieldDraft select(TaxonomyEditorViewModel model, String key) {
        FieldDraft d = model.fields().stream().filter(f -> f.key().equals(key)).findFirst().orElseThrow();
        model.selectedProperty().set(d);
        return d;
    }

    @Test
    void editsAreADraftUntilApplyWhichSavesTheNextGuidelineVersion() {
        AtomicInteger applied = new AtomicInteger();
        TaxonomyEditorViewModel model = new TaxonomyEditorViewModel(access(), "lead", applied::incrementAndGet);
        model.load();
        assertEquals(0, model.versionProperty().get(), "the default, not saved yet");
        assertFalse(model.dirtyProperty().get());
        assertEquals(Taxonomy.defaults().fields().size(), model.fields().size());

        FieldDraft appropriateness = select(model, "appropriateness");
        int typical = appropriateness.values().stream().map(FieldDraft.ValueDraft::id).toList().indexOf("typical");
        model.renameValue(typical, "Typical here");
        assertTrue(model.dirtyProperty().get());
        appropriateness.labelProperty().set("Cultural fit");
        FieldDraft tone = model.addField("Tone of voice", FieldType.ORDINAL);
        assertEquals("tone_of_voice", tone.key());
        assertFalse(model.apply(), "an ordinal scale needs two values");
        assertTrue(model.messageProperty().get().contains("needs at least two values"), model.messageProperty().get());
        assertTrue(model.addValue("Too formal", false));
        assertTrue(model.addValue("Just right", false));
        assertTrue(model.addValue("Don't know", true));
        assertEquals(0, model.moveValue(1, -1), "just right is now the lowest rank");
        select(model, "rationale");
        model.dropField();
        assertEquals(Taxonomy.defaults().version(), new Taxonomies(project.database()).current().version(),
                "nothing is stored before Apply");

        assertTrue(model.apply());
        assertEquals(1, applied.get());
        Taxonomy saved = new Taxonomies(project.database()).current();
        assertEquals(1, saved.version());
        assertEquals(1, model.versionProperty().get());
        assertFalse(model.dirtyProperty().get());
        Field fit = saved.field("appropriateness").orElseThrow();
        assertEquals("Cultural fit", fit.label());
        assertEquals("Typical here", fit.valueLabel("typical"), "a rename changes the words");
        assertTrue(fit.values().contains("typical"), "and keeps the id audits store");
        Field toneSaved = saved.field("tone_of_voice").orElseThrow();
        assertEquals(List.of("just-right", "too-formal"), toneSaved.values());
        assertEquals(List.of("don-t-know"), toneSaved.abstentions());
        assertTrue(saved.field("rationale").isEmpty());
        assertEquals(0, new Taxonomies(project.database()).current().field("translation_quality").orElseThrow()
                .valueLabels().size(), "untouched fields store no labels of their own");

        assertFalse(model.apply(), "applying an unchanged draft saves nothing");
        assertEquals(1, new Taxonomies(project.database()).current().version());
    }

    @Test
    void revertDropsTheDraft() {
        TaxonomyEditorViewModel model = new TaxonomyEditorViewModel(access(), "lead", () -> { });
        model.load();
        select(model, "knowledge");
        model.dropValue(0);
        model.addField("Offensive", FieldType.SINGLE);
        assertTrue(model.dirtyProperty().get());
        model.revert();
        assertFalse(model.dirtyProperty().get());
        assertEquals(Taxonomy.defaults().fields().size(), model.fields().size());
        assertTrue(new Audits(project.database()).countsByLanguage().isEmpty());
        assertEquals(0, new Taxonomies(project.database()).current().version());
    }

    @Test
    void rulesAreValidatedAgainstTheTaxonomyAndSavedAsTheNextVersion() {
        RulesEditorViewModel model = new RulesEditorViewModel(access(), "lead");
        model.load();
        assertEquals(RuleSet.defaults().rules().size(), model.rules().size());
        assertEquals(0, model.versionProperty().get());
        assertTrue(model.valuesOf("appropriateness").contains("dont-understand (Don't understand)"),
                model.valuesOf("appropriateness").toString());
        RuleDraft rule = model.addRule("Both typical");
        assertEquals("both-typical", rule.labelProperty().get());
        RuleDraft.ConditionDraft c = rule.conditions().get(0);
        c.fieldProperty().set("appropriateness");
        c.testProperty().set("majority");
        c.valuesProperty().set("typical, typo");
        assertTrue(model.dirtyProperty().get());
        assertFalse(model.apply());
        assertTrue(model.messageProperty().get().contains("has no value 'typo'"), model.messageProperty().get());
        c.valuesProperty().set("typical");
        c.tieProperty().set(true);
        RuleDraft.ConditionDraft second = model.addCondition();
        second.fieldProperty().set("knowledge");
        second.testProperty().set("at-least");
        second.kProperty().set(2);
        second.valuesProperty().set("cultural,regional");
        assertTrue(model.apply());
        RuleSet saved = new RuleSets(project.database()).current();
        assertEquals(1, saved.version());
        assertEquals(1, model.versionProperty().get());
        var added = saved.rules().stream().filter(r -> r.label().equals("both-typical")).findFirst().orElseThrow();
        assertTrue(added.when().get(0).tie(), "the tie policy is saved");
        assertEquals(2, added.when().get(1).k(), "the threshold is saved");

        model.selectedProperty().set(model.rules().get(0));
        model.dropRule();
        model.revert();
        assertEquals(saved.rules().size(), model.rules().size(), "revert brings the dropped rule back");
    }
}
