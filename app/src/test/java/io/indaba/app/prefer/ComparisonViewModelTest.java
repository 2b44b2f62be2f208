package io.indaba.app.prefer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.indaba.core.Progress;
import io.indaba.core.item.Item;
import io.indaba.core.item.ItemKind;
import io.indaba.core.prefer.Annotator;
import io.indaba.core.prefer.Candidate;
import io.indaba.core.prefer.Decision;
import io.indaba.core.prefer.Judgement;
import io.indaba.core.prefer.Proficiency;
import io.indaba.core.prefer.QueueEntry;
import io.indaba.core.project.Project;
import io.indaba.core.base.ProjectSettings;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The comparison view model, run synchronously: decisions, prefetch, time on task, edits. */
class ComparisonViewModelTest {

    @TempDir
    Path dir;

    private Project project;
    private final AtomicLong now = new AtomicLong(1_000);

    @BeforeEach
    void setUp() {
        project = Project.create(dir.resolve("c.indaba"), new ProjectSettings("C", "en", List.of("am")), "lead");
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            items.add(Item.of("p" + i, ItemKind.PROMPT, "en", "", i, Map.of("prompt", "Prompt " + i), null, null));
        }
        project.items().importAll(items.iterator(), "lead", "test", Progress.NONE);
        for (int i = 0; i < 10; i++) {
            long id = project.items().byExternalId("p" + i).orElseThrow().id();
            project.candidates().add(Candidate.imported(id, null, "short " + i, "am", "m1", null), "lead");
            project.candidates().add(Candidate.imported(id, null, "a longer answer " + i, "am", "m2", null), "lead");
        }
    }

    @AfterEach
    void tearDown() {
        project.close();
    }

    /** Runs the work at once on the calling thread, as tests want. */
    private ProjectAccess access() {
        return DirectAccess.of(project);
    }

    private ComparisonViewModel model() {
        Annotator a = new Annotator("ann", null, Map.of("am", Proficiency.NATIVE));
        ComparisonViewModel vm = new ComparisonViewModel(access(), a, now::get);
        vm.start(List.of("helpfulness", "fluency"), false);
        return vm;
    }

    @Test
    void submitRefusesAnIncompleteDecisionWithAReason() {
        ComparisonViewModel vm = model();
        assertNotNull(vm.currentProperty().get());
        assertFalse(vm.submit());
        assertEquals(io.indaba.app.common.Messages.get("compare.chooseSide"), vm.messageProperty().get());
    }

    @Test
    void submitStoresTheJudgementAndShowsTheNextTaskAtOnce() {
        ComparisonViewModel vm = model();
        QueueEntry first = vm.currentProperty().get();
        vm.sideProperty().set(Decision.Side.LEFT);
        vm.strengthProperty().set(3);
        vm.ratings().put("fluency", 4);
        vm.flags().add("truncated");
        now.addAndGet(2_500);
        assertTrue(vm.submit());
        QueueEntry second = vm.currentProperty().get();
        assertNotEquals(first.item().id(), second.item().id());
        assertNull(vm.sideProperty().get(), "the decision is cleared for the next task");
        assertTrue(vm.ratings().isEmpty());
        Judgement j = project.judgements().forItem(first.item().id()).get(0);
        assertEquals(2_500L, j.timeOnTaskMs());
        assertEquals(Map.of("fluency", 4), j.ratings());
        assertEquals(List.of("truncated"), j.flags());
        long left = first.displayed().get(0).id();
        assertEquals(left == j.candidateA() ? "A" : "B", j.winner(), "left pick stored in fixed A/B terms");
        assertEquals(1, vm.submittedProperty().get());
    }

    @Test
    void everyTaskCanBeJudgedThroughThePrefetchBuffer() {
        ComparisonViewModel vm = model();
        int judged = 0;
        while (vm.currentProperty().get() != null && judged < 20) {
            vm.sideProperty().set(judged % 2 == 0 ? Decision.Side.RIGHT : Decision.Side.TIE);
            vm.strengthProperty().set(2);
            assertTrue(vm.submit());
            judged++;
        }
        assertEquals(10, judged);
        assertEquals(io.indaba.app.common.Messages.get("compare.allDone"), vm.messageProperty().get());
    }

    @Test
    void aidsAndEditsAreRecorded() {
        ComparisonViewModel vm = model();
        QueueEntry e = vm.currentProperty().get();
        vm.usedAid("back-translation");
        vm.edit(1, "a corrected answer");
        vm.sideProperty().set(Decision.Side.RIGHT);
        vm.strengthProperty().set(1);
        vm.submit();
        Judgement j = project.judgements().forItem(e.item().id()).get(0);
        assertEquals(List.of("back-translation"), j.aids());
        assertEquals(3, project.candidates().forItem(e.item().id()).size());
    }

    @Test
    void rationaleCanBeRequired() {
        Annotator a = new Annotator("ann", null, Map.of("am", Proficiency.NATIVE));
        ComparisonViewModel vm = new ComparisonViewModel(access(), a, now::get);
        vm.start(List.of(), true);
        vm.sideProperty().set(Decision.Side.LEFT);
        vm.strengthProperty().set(1);
        assertFalse(vm.submit());
        vm.rationaleProperty().set("clearer");
        assertTrue(vm.submit());
    }

    @Test
    void noStrengthIsChosenBeforeTheAnnotatorChoosesAndATieClearsIt() {
        ComparisonViewModel vm = model();
        assertEquals(0, vm.strengthProperty().get(), "nothing preselected");
        vm.sideProperty().set(Decision.Side.LEFT);
        assertFalse(vm.submit(), "a better side needs a strength");
        assertEquals(io.indaba.app.common.Messages.get("compare.chooseStrength"), vm.messageProperty().get());
        vm.strengthProperty().set(2);
        vm.sideProperty().set(Decision.Side.TIE);
        assertEquals(0, vm.strengthProperty().get(), "a tie carries no strength");
        assertTrue(vm.submit());
        assertEquals(0, vm.strengthProperty().get(), "the next task starts with none");
    }
}
