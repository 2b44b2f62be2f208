package io.indaba.core.packages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.indaba.core.Progress;
import io.indaba.core.item.Item;
import io.indaba.core.item.ItemKind;
import io.indaba.core.item.ItemQuery;
import io.indaba.core.prefer.Annotator;
import io.indaba.core.prefer.Candidate;
import io.indaba.core.prefer.Judgement;
import io.indaba.core.prefer.Proficiency;
import io.indaba.core.project.Project;
import io.indaba.core.base.ProjectSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnnotatorPackageTest {

    @TempDir
    Path dir;
    Project project;
    long swItem;
    long yoItem;
    long[] sw = new long[2];

    @BeforeEach
    void build() {
        project = Project.create(dir.resolve("main.indaba"), new ProjectSettings("Main", "en", List.of("sw", "yo")), "lead");
        project.annotators().save(new Annotator("amina", "Amina", Map.of("sw", Proficiency.NATIVE)), "lead");
        project.annotators().save(new Annotator("bayo", "Bayo", Map.of("yo", Proficiency.NATIVE)), "lead");
        project.items().importAll(List.of(
                Item.of("p-sw", ItemKind.PROMPT, "en", "t", 1, Map.of("prompt", "Why?"), null, Map.of("lang", "en")),
                Item.of("p-yo", ItemKind.PROMPT, "en", "t", 2, Map.of("prompt", "How?"), null, Map.of("lang", "en")),
                Item.of("mcq", ItemKind.MCQ, "en", "t", 3, Map.of("question", "2+2?"), "B", Map.of())).iterator(),
                "lead", "test", Progress.NONE);
        swItem = project.items().byExternalId("p-sw").orElseThrow().id();
        yoItem = project.items().byExternalId("p-yo").orElseThrow().id();
        sw[0] = project.candidates().add(Candidate.imported(swItem, null, "Kwa sababu.", "sw", "m1", null), "lead");
        sw[1] = project.candidates().add(Candidate.imported(swItem, null, "Sijui.", "sw", "m2", null), "lead");
        project.candidates().add(Candidate.imported(yoItem, null, "Báyìí.", "yo", "m1", null), "lead");
        project.candidates().add(Candidate.imported(yoItem, null, "Mi ò mọ̀.", "yo", "m2", null), "lead");
        // someone else's judgement on Amina's item must not travel to her
        project.judgements().submit(Judgement.pairwise("other-1", swItem, "bayo", "sw", sw[0], sw[1], "B", 2));
    }

    @AfterEach
    void close() {
        project.close();
    }

    private static List<Judgement> all(Project p) {
        List<Judgement> out = new ArrayList<>();
        p.judgements().forEach(null, out::add);
        return out;
    }

    @Test
    void exportWorkMergeTwiceAndATamperedJudgementIsAConflict() {
        Path pkgFile = dir.resolve("amina.indaba");
        PackageContents contents = AnnotatorPackage.export(project, "amina", pkgFile);
        assertTrue(contents.assignedByLanguage(), "amina has no assignment rows");
        assertEquals(1, contents.items(), "only the item with Swahili candidates");
        assertEquals(2, contents.candidates());
        assertEquals(0, contents.judgements());

        try (Project pkg = Project.open(pkgFile)) {
            assertEquals("Main", pkg.settings().name());
            assertEquals(List.of("p-sw"), pkg.items().page(ItemQuery.ALL, 0, 10).stream().map(Item::externalId).toList());
            assertEquals(List.of("amina"), pkg.annotators().all().stream().map(Annotator::id).toList());
            assertEquals(List.of(), all(pkg), "no other annotator's judgements");
            assertEquals(sw[0], pkg.candidates().forItem(swItem).get(0).id(), "ids are kept");
            assertTrue(pkg.integrityProblems().isEmpty());
            pkg.judgements().submit(new Judgement(0, "amina-1", swItem, "amina", "sw", "pairwise", sw[0], sw[1], "A",
                    -1, null, false, Map.of("left", sw[1], "right", sw[0]), null, null, "clearer", List.of(), 5000L, 1,
                    false, "2025-03-01T10:00:00Z"));
            pkg.judgements().submit(Judgement.pairwise("amina-2", swItem, "amina", "sw", sw[0], sw[1], "tie", 0));
        }

        MergeReport first = AnnotatorPackage.merge(project, pkgFile);
        assertEquals(2, first.added());
        assertEquals(0, first.identical());
        assertEquals(List.of(), first.conflicts());
        Judgement merged = all(project).stream().filter(j -> j.uid().equals("amina-1")).findFirst().orElseThrow();
        assertEquals("clearer", merged.rationale());
        assertEquals(5000L, merged.timeOnTaskMs());

        MergeReport again = AnnotatorPackage.merge(project, pkgFile);
        assertEquals(0, again.added());
        assertEquals(2, again.identical(), "merging the same package twice changes nothing");
        assertEquals(3, all(project).size());

        try (Project pkg = Project.open(pkgFile)) {
            pkg.database().write(c -> {
                try (var s = c.createStatement()) {
                    s.executeUpdate("UPDATE judgement SET winner = 'B', rationale = 'changed my mind' WHERE uid = 'amina-1'");
                }
                return null;
            });
        }
        MergeReport tampered = AnnotatorPackage.merge(project, pkgFile);
        assertEquals(0, tampered.added());
        assertEquals(1, tampered.identical());
        assertEquals(1, tampered.conflicts().size());
        assertEquals("amina-1", tampered.conflicts().get(0).uid());
        assertTrue(tampered.conflicts().get(0).reason().contains("winner"), tampered.conflicts().get(0).reason());
        assertTrue(tampered.conflicts().get(0).reason().contains("rationale"), tampered.conflicts().get(0).reason());
        Judgement kept = all(project).stream().filter(j -> j.uid().equals("amina-1")).findFirst().orElseThrow();
        assertEquals("A", kept.winner(), "never silently overwritten");
    }

    @Test
    void assignmentRowsDecideTheItemsAndTravelWithThePackage() {
        project.database().write(c -> {
            try (var ps = c.prepareStatement("INSERT INTO assignment (annotator_id, item_id, lang, order_seed, created_at) "
                    + "VALUES ('bayo', ?, 'sw', 99, '2025-01-01T00:00:00Z')")) {
                ps.setLong(1, swItem);
                ps.executeUpdate();
            }
            return null;
        });
        Path pkgFile = dir.resolve("bayo.indaba");
        PackageContents contents = AnnotatorPackage.export(project, "bayo", pkgFile);
        assertFalse(contents.assignedByLanguage());
        assertEquals(1, contents.items());
        assertEquals(1, contents.judgements(), "bayo's own earlier judgement comes along");
        try (Project pkg = Project.open(pkgFile)) {
            long seed = pkg.database().read(c -> {
                try (var s = c.createStatement(); var rs = s.executeQuery("SELECT order_seed FROM assignment")) {
                    rs.next();
                    return rs.getLong(1);
                }
            });
            assertEquals(99, seed);
        }
        assertEquals(0, AnnotatorPackage.merge(project, pkgFile).added());
        assertThrows(IllegalArgumentException.class, () -> AnnotatorPackage.export(project, "bayo", pkgFile),
                "an existing file is never overwritten");
    }

    @Test
    void anEditedCandidateIsAddedOnceAndTheJudgementFollowsIt() {
        Path pkgFile = dir.resolve("amina.indaba");
        AnnotatorPackage.export(project, "amina", pkgFile);
        long edited;
        try (Project pkg = Project.open(pkgFile)) {
            // an id the project has already used for Yoruba, so merging must give the edit a new id
            edited = pkg.candidates().add(new Candidate(0, swItem, null, "Kwa sababu ya mvua.", "sw", null,
                    "human-edited", sw[1], null, null, null, null, null, null, null, null), "amina");
            pkg.judgements().submit(Judgement.pairwise("amina-edit", swItem, "amina", "sw", sw[0], edited, "B", 2));
        }
        MergeReport first = AnnotatorPackage.merge(project, pkgFile);
        assertEquals(1, first.candidatesAdded());
        assertEquals(1, first.added());
        Judgement j = all(project).stream().filter(x -> x.uid().equals("amina-edit")).findFirst().orElseThrow();
        Candidate added = project.candidates().forItem(swItem).stream().filter(k -> k.origin().equals("human-edited"))
                .findFirst().orElseThrow();
        assertTrue(added.id() != edited, "the package's id was taken by another item's candidate");
        assertEquals(sw[1], added.parentId());
        assertEquals(List.of(sw[0], added.id()), List.of(j.candidateA(), j.candidateB()));
        assertEquals("B", j.winner());
        MergeReport again = AnnotatorPackage.merge(project, pkgFile);
        assertEquals(0, again.candidatesAdded());
        assertEquals(1, again.identical());
    }

    @Test
    void aFileThatIsNotAPackageIsRefused() {
        Path other = dir.resolve("other.indaba");
        Project.create(other, new ProjectSettings("Other", "en", List.of()), "x").close();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> AnnotatorPackage.merge(project, other));
        assertTrue(e.getMessage().contains("not an annotator package"));
        assertFalse(Files.exists(dir.resolve(".amina.indaba.partial")));
    }
}
