package io.indaba.core.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.indaba.core.Progress;
import io.indaba.core.item.Item;
import io.indaba.core.item.ItemKind;
import io.indaba.core.prefer.Annotator;
import io.indaba.core.prefer.Candidate;
import io.indaba.core.prefer.Judgement;
import io.indaba.core.prefer.Proficiency;
import io.indaba.core.project.Project;
import io.indaba.core.base.ProjectSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code indaba package export|merge}: the GUI's annotator packages from the command line. */
class PackageCliTest {

    @TempDir
    Path dir;

    private static CliRun cli(String... args) {
        return CliRun.of(args);
    }

    private Path lead() {
        Path file = dir.resolve("lead.indaba");
        try (Project p = Project.create(file, new ProjectSettings("Lead", "en", List.of("sw")), "lead")) {
            p.annotators().save(new Annotator("amina", "Amina", Map.of("sw", Proficiency.NATIVE)), "lead");
            p.items().importAll(List.of(Item.of("p1", ItemKind.PROMPT, "en", "t", 1, Map.of("prompt", "Why?"), null,
                    null)).iterator(), "lead", "test", Progress.NONE);
            long item = p.items().byExternalId("p1").orElseThrow().id();
            p.candidates().add(Candidate.imported(item, null, "Kwa sababu.", "sw", "m1", null), "lead");
            p.candidates().add(Candidate.imported(item, null, "Sijui.", "sw", "m2", null), "lead");
        }
        return file;
    }

    @Test
    void exportsAPackageAndMergesTheAnnotatorsVotesBackOnce() {
        Path lead = lead();
        Path pkg = dir.resolve("amina.indaba");
        CliRun export = cli("package", "export", lead.toString(), "--annotator", "amina", "--out", pkg.toString());
        assertEquals(0, export.code(), export.err());
        assertTrue(export.out().startsWith("package for amina written to " + pkg.toAbsolutePath() + ": 1 items, 2 candidates"),
                export.out());

        try (Project returned = Project.open(pkg)) {
            long item = returned.items().byExternalId("p1").orElseThrow().id();
            List<Long> c = returned.candidates().forItem(item).stream().map(Candidate::id).sorted().toList();
            returned.judgements().submit(Judgement.pairwise("amina-1", item, "amina", "sw", c.get(0), c.get(1), "A", 2));
        }
        CliRun merge = cli("package", "merge", lead.toString(), pkg.toString());
        assertEquals(0, merge.code(), merge.out() + merge.err());
        assertTrue(merge.out().startsWith("merged amina's package: 1 judgements added, 0 already present"), merge.out());
        CliRun again = cli("package", "merge", lead.toString(), pkg.toString(), "--json");
        assertEquals(0, again.code());
        assertTrue(again.out().contains("\"identical\" : 1"), again.out());
    }

    @Test
    void anExistingFileIsNeverReplacedAndAnUnknownAnnotatorIsNamed() throws Exception {
        Path lead = lead();
        Path taken = Files.writeString(dir.resolve("taken.indaba"), "mine");
        CliRun export = cli("package", "export", lead.toString(), "--annotator", "amina", "--out", taken.toString());
        assertEquals(1, export.code());
        assertTrue(export.err().contains("already exists"), export.err());
        assertEquals("mine", Files.readString(taken));
        CliRun nobody = cli("package", "export", lead.toString(), "--annotator", "nobody", "--out",
                dir.resolve("n.indaba").toString());
        assertEquals(1, nobody.code());
        assertTrue(nobody.err().contains("no annotator 'nobody'"), nobody.err());
    }

    @Test
    void everyPackageCommandAnswersHelp() {
        for (String[] args : List.of(new String[] {"package", "--help"}, new String[] {"package", "export", "--help"},
                new String[] {"package", "merge", "-h"})) {
            CliRun help = cli(args);
            assertEquals(0, help.code(), String.join(" ", args) + ": " + help.err());
            assertTrue(help.out().contains("Usage: indaba package"), help.out());
        }
    }
}
