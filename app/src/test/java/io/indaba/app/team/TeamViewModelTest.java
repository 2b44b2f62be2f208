package io.indaba.app.team;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.indaba.app.common.ProjectSession;
import io.indaba.app.stats.JudgedSessions;
import io.indaba.app.stats.LanguageChoice;
import io.indaba.core.prefer.Annotator;
import io.indaba.core.prefer.GoldMark;
import io.indaba.core.prefer.Proficiency;
import io.indaba.core.prefer.PromptRef;
import io.indaba.core.prefer.Winner;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The team page on the hand-built two-language project (am: p1..p4, p1 and p2 judged three times, p3 and p4 twice;
 * yo: q1..q3 judged by a1..a3), with background work run on the calling thread.
 */
class TeamViewModelTest {

    @TempDir
    Path dir;

    private static TeamViewModel open(ProjectSession session) {
        TeamViewModel model = new TeamViewModel(session, "lead");
        ProfileForm a1 = new ProfileForm();
        a1.idProperty().set("a1");
        a1.nameProperty().set("Abebe");
        a1.languages().get(0).tagProperty().set("am");
        a1.addLanguage().tagProperty().set("yo");
        a1.languages().get(1).proficiencyProperty().set(Proficiency.FLUENT);
        model.save(a1.build().orElseThrow());
        model.save(new Annotator("a2", null, Map.of("am", Proficiency.WORKING)));
        return model;
    }

    private static MemberRow member(TeamViewModel model, String id) {
        return model.members().stream().filter(m -> m.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void showsProfilesWithChipsJudgementsAndProgressPerLanguage() {
        try (ProjectSession session = JudgedSessions.open(dir)) {
            TeamViewModel model = open(session);
            assertEquals("", model.errorProperty().get());
            assertEquals("Profile a2 saved.", model.messageProperty().get());
            assertEquals(List.of("a1", "a2"), model.members().stream().map(MemberRow::id).toList());
            MemberRow a1 = member(model, "a1");
            assertEquals("Abebe", a1.name());
            assertEquals(List.of("am · Amharic · native", "yo · Yoruba · fluent"),
                    a1.languages().stream().map(LanguageChip::text).toList());
            assertEquals(11, a1.judgements(), "6 in am (two repeats) and 5 in yo; the adjudication is not theirs");
            assertEquals("—", a1.goldScore());
            assertEquals(3, model.kProperty().get());
            assertEquals(List.of("2 of 4 prompts have 3+ judgements (50%)", "3 of 3 prompts have 3+ judgements (100%)"),
                    model.progress().stream().map(ProgressRow::text).toList());

            model.applyK(2);
            assertEquals(2, model.kProperty().get());
            assertEquals(1.0, model.progress().get(0).share());
        }
    }

    @Test
    void judgingRulesAreLoadedStoredAndBadAspectsRefused() {
        try (ProjectSession session = JudgedSessions.open(dir)) {
            TeamViewModel model = open(session);
            model.loadJudging();
            assertEquals("helpfulness, correctness, fluency, language", model.aspectsProperty().get());
            model.aspectsProperty().set("fluency in Amharic, safety");
            model.rationaleRequiredProperty().set(true);
            model.applyJudging();
            model.aspectsProperty().set("");
            model.loadJudging();
            assertEquals("fluency in Amharic, safety", model.aspectsProperty().get());
            assertEquals(true, model.rationaleRequiredProperty().get());
            model.aspectsProperty().set("ok, <b>");
            model.applyJudging();
            assertTrue(model.errorProperty().get().contains("<b>"), model.errorProperty().get());
            model.loadJudging();
            assertEquals("fluency in Amharic, safety", model.aspectsProperty().get(), "nothing stored on a bad name");
        }
    }

    @Test
    void goldShowsBothCandidatesMarksScoresAndRemoves() {
        try (ProjectSession session = JudgedSessions.open(dir)) {
            TeamViewModel model = open(session);
            GoldViewModel gold = model.gold();
            assertEquals(LanguageChoice.of("am"), gold.languageProperty().get());
            assertEquals(List.of("p1", "p2", "p3", "p4"), gold.prompts().stream().map(PromptRef::externalId).toList());
            gold.promptProperty().set(gold.prompts().get(0));
            assertEquals("Prompt p1", gold.promptTextProperty().get());
            assertEquals("A **longer** answer from m1", gold.candidateAProperty().get(), "A: the smaller id");
            assertEquals("short", gold.candidateBProperty().get());
            assertTrue(gold.noteProperty().get().startsWith("Not gold yet"));

            gold.mark(Winner.A);
            assertEquals(List.of("p1"), gold.marks().stream().map(GoldMark::externalId).toList());
            assertEquals("Gold: A expected.", gold.noteProperty().get());
            assertEquals("2/2 · 100%", member(model, "a1").goldScore(), "a1 said A twice (once swapped)");
            assertEquals("am 2/2", member(model, "a1").goldDetail());
            assertEquals("1/1 · 100%", member(model, "a2").goldScore());

            gold.mark(Winner.BOTH_BAD);
            assertEquals("0/2 · 0%", member(model, "a1").goldScore());
            assertEquals("Gold: Both bad expected.", gold.noteProperty().get());
            gold.languageProperty().set(LanguageChoice.of("yo"));
            assertEquals(List.of("q1", "q2", "q3"), gold.prompts().stream().map(PromptRef::externalId).toList());
            gold.promptProperty().set(gold.prompts().get(0));
            assertTrue(gold.noteProperty().get().endsWith("1 more responses are not part of the gold pair"));

            gold.remove(gold.marks().get(0));
            assertEquals(List.of(), gold.marks());
            assertEquals("—", member(model, "a1").goldScore());
        }
    }

    @Test
    void bulkAssignmentFillsTheUnassignedItemsAndCountsThem() {
        try (ProjectSession session = JudgedSessions.open(dir)) {
            TeamViewModel model = open(session);
            model.assignLanguageProperty().set(LanguageChoice.of("am"));
            model.assigneeProperty().set("a2");
            model.assign();
            assertEquals("Assigned 4 items in am to a2.", model.messageProperty().get());
            assertEquals(4, member(model, "a2").assignments());
            assertEquals("a2", model.assigneeProperty().get(), "the choice survives the reload");
            assertEquals("a1 (Abebe)", model.label("a1"));

            model.assigneeProperty().set("a1");
            model.assign();
            assertEquals("Assigned 0 items in am to a1.", model.messageProperty().get());
            assertEquals(0, member(model, "a1").assignments());

            model.assigneeProperty().set("a2");
            model.assignLanguageProperty().set(LanguageChoice.of("yo"));
            assertEquals(List.of("a1"), model.assignees(), "a2 reads no yo");
            assertEquals(null, model.assigneeProperty().get(), "a2 cannot take yo items");
            model.assigneeProperty().set("a2");
            model.assign();
            assertEquals("a2 does not read yo; add it to the profile first", model.errorProperty().get());
        }
    }
}
