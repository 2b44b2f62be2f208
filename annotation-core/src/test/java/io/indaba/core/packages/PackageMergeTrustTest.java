package io.indaba.core.packages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.indaba.core.Progress;
import io.indaba.core.item.Item;
import io.indaba.core.item.ItemKind;
import io.indaba.core.prefer.Annotator;
import io.indaba.core.prefer.Candidate;
import io.indaba.core.prefer.Proficiency;
import io.indaba.core.project.Project;
import io.indaba.core.base.ProjectSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A returned package is held to what the lead's project recorded at export, not to what the file says. */
class PackageMergeTrustTest {

    @TempDir
    Path dir;
    Project project;
    long swItem;
    long yoItem;
    long[] sw = new long[2];
    long[] yo = new long[2];
    Path pkgFile;

    @BeforeEach
    void build() {
        project = Project.create(dir.resolve("main.indaba"), new ProjectSettings("Main", "en", List.of("sw", "yo")), "lead");
        project.annotators().save(new Annotator("amina", "Amina", Map.of("sw", Proficiency.NATIVE)), "lead");
        project.annotators().save(new Annotator("bayo", "Bayo", Map.of("yo", Proficiency.NATIVE)), "lead");
        project.items().importAll(List.of(
                Item.of("p-sw", ItemKind.PROMPT, "en", "t", 1, Map.of("prompt", "Why?"), null, Map.of("lang", "en")),
                Item.of("p-yo", ItemKind.PROMPT, "en", "t", 2, Map.of("prompt", "How?"), null, Map.of("lang", "en")))
                .iterator(), "lead", "test", Progress.NONE);
        swItem = project.items().byExternalId("p-sw").orElseThrow().id();
        yoItem = project.items().byExternalId("p-yo").orElseThrow().id();
        sw[0] = project.candidates().add(Candidate.imported(swItem, null, "Kwa sababu.", "sw", "m1", null), "lead");
        sw[1] = project.candidates().add(Candidate.imported(swItem, null, "Sijui.", "sw", "m2", null), "lead");
        yo[0] = project.candidates().add(Candidate.imported(yoItem, null, "Báyìí.", "yo", "m1", null), "lead");
        yo[1] = project.candidates().add(Candidate.imported(yoItem, null, "Mi ò mọ̀.", "yo", "m2", null), "lead");
        pkgFile = dir.resolve("amina.indaba");
        AnnotatorPackage.export(project, "amina", pkgFile);
    }

    @AfterEach
    void close() {
        project.close();
    }

    @Test
    void aForgedAdjudicationIsRefusedAndReported() throws Exception {
        forge("INSERT INTO judgement (uid, item_id, annotator_id, lang, kind, candidate_a, candidate_b, winner, "
                + "strength, adjudication, created_at) VALUES ('forged', " + swItem + ", 'amina', 'sw', 'pairwise', "
                + sw[0] + ", " + sw[1] + ", 'A', 3, 1, '2025-01-01T00:00:00Z')");
        vote("amina-1", swItem, "amina", "sw", sw);

        MergeReport report = AnnotatorPackage.merge(project, pkgFile);

        assertEquals(1, report.added(), "her own vote goes in");
        assertTrue(reason(report, "forged").contains("adjudication"), report.conflicts().toString());
        assertEquals(List.of("amina-1"), uids());
    }

    @Test
    void editingThePackagesAnnotatorDoesNotLetItVoteAsSomeoneElse() throws Exception {
        forge("UPDATE project_setting SET value = 'bayo' WHERE name = '" + AnnotatorPackage.ANNOTATOR_SETTING + "'");
        vote("as-bayo", swItem, "bayo", "sw", sw);

        MergeReport report = AnnotatorPackage.merge(project, pkgFile);

        assertEquals(0, report.added());
        assertEquals("amina", report.annotatorId());
        assertTrue(reason(report, "as-bayo").contains("exported for 'amina'"), report.conflicts().toString());
        assertTrue(reason(report, "").contains("names 'bayo'"), report.conflicts().toString());
        assertEquals(List.of(), uids());
    }

    @Test
    void aVoteOnAnItemThatWasNotAssignedIsRefused() throws Exception {
        forge("INSERT INTO item SELECT * FROM lead.item WHERE id = " + yoItem,
                "INSERT INTO candidate SELECT * FROM lead.candidate WHERE item_id = " + yoItem);
        vote("amina-yo", yoItem, "amina", "yo", yo);

        MergeReport report = AnnotatorPackage.merge(project, pkgFile);

        assertEquals(0, report.added());
        assertTrue(reason(report, "amina-yo").contains("not assigned"), report.conflicts().toString());
        assertEquals(List.of(), uids());
    }

    @Test
    void aPackageThisProjectDidNotExportIsRefused() throws Exception {
        forge("UPDATE project_setting SET value = 'made-up' WHERE name = '" + PackageGrant.ID_SETTING + "'");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> AnnotatorPackage.merge(project, pkgFile));
        assertTrue(e.getMessage().contains("not exported from this project"), e.getMessage());
        assertTrue(Files.exists(pkgFile));
    }

    private void vote(String uid, long item, String annotator, String lang, long[] pair) throws Exception {
        forge("INSERT INTO judgement (uid, item_id, annotator_id, lang, kind, candidate_a, candidate_b, winner, "
                + "strength, created_at) VALUES ('" + uid + "', " + item + ", '" + annotator + "', '" + lang
                + "', 'pairwise', " + pair[0] + ", " + pair[1] + ", 'B', 1, '2025-01-01T00:00:00Z')");
    }

    /** Edits the package file directly, as anyone holding it could. */
    private void forge(String... statements) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + pkgFile); Statement s = c.createStatement()) {
            s.execute("ATTACH DATABASE '" + project.file() + "' AS lead");
            for (String sql : statements) {
                s.execute(sql);
            }
        }
    }

    private static String reason(MergeReport report, String uid) {
        return report.conflicts().stream().filter(c -> c.uid().equals(uid)).map(MergeReport.Conflict::reason)
                .findFirst().orElse("(not reported)");
    }

    private List<String> uids() {
        List<String> out = new ArrayList<>();
        project.judgements().forEach(null, j -> out.add(j.uid()));
        return out;
    }
}
