package io.indaba.core.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.indaba.core.Progress;
import io.indaba.core.item.Item;
import io.indaba.core.project.Project;
import io.indaba.core.testing.TestProjects;
import io.indaba.core.translate.Origin;
import io.indaba.core.translate.TranslationChange;
import io.indaba.core.translate.TranslationStatus;
import io.indaba.core.translate.Translations;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Changed translations are reported per item, and a dry run reports them without keeping anything. */
class ImportRunTest {

    @TempDir
    Path dir;

    /** Two items whose choice A reads "Ian" in English but was translated differently in each. */
    private Project project() throws Exception {
        Project p = TestProjects.create(dir);
        Formats.importer("mmlu-csv").importFile(p, TestProjects.write(dir, "names_dev.csv",
                "Who ate?,Ian,Dennis,Sam,Kim,A\nWho left?,Ian,Dennis,Sam,Kim,B\n"), ImportOptions.defaults(),
                Progress.NONE);
        save(p, "names_dev#1", "ኢያን", TranslationStatus.APPROVED);
        save(p, "names_dev#2", "ኢየን", TranslationStatus.TRANSLATED);
        return p;
    }

    private static void save(Project p, String id, String text, TranslationStatus status) {
        Item item = p.items().byExternalId(id).orElseThrow();
        p.translations().save(new Translations.Change(item.id(), "A", "am", text, status, Origin.HUMAN, "abebe",
                item.sourceHash(), null));
    }

    /** What OmegaT does to identical sources: one translation fills them all. */
    private Path catToolFile(Project p) throws Exception {
        Path out = dir.resolve("am.xlf");
        Formats.exporter("xliff12").export(p, new ExportOptions(out, "am", null), Progress.NONE);
        Files.writeString(out, Files.readString(out).replace("ኢያን", "lan").replace("ኢየን", "lan"));
        return out;
    }

    @Test
    void aDryRunListsTheChangesAndKeepsNothing() throws Exception {
        try (Project p = project()) {
            Path f = catToolFile(p);
            ImportReport dry = ImportRun.run(Formats.importer("xliff"), p, f, ImportOptions.defaults().dryRunning(),
                    Progress.NONE);
            assertTrue(dry.dryRun());
            assertEquals(2, dry.translations());
            assertEquals(2, dry.changed().size());
            TranslationChange first = dry.changed().get(0);
            assertEquals("names_dev#1", first.item());
            assertEquals("A", first.field());
            assertEquals("ኢያን", first.oldText());
            assertEquals("lan", first.newText());
            assertEquals("approved", first.oldStatus());
            assertEquals("approved", first.status(), "the file kept state=\"final\"");
            Item one = p.items().byExternalId("names_dev#1").orElseThrow();
            assertEquals("ኢያን", p.translations().forItem(one.id(), "am").get("A").text(), "nothing kept");
            assertEquals(1, p.translations().history(p.translations().forItem(one.id(), "am").get("A").id()).size());
        }
    }

    @Test
    void aRealImportReportsTheSameChangesAndNewTranslationsAreNotChanges() throws Exception {
        try (Project p = project()) {
            Path f = catToolFile(p);
            Files.writeString(f, Files.readString(f).replace("<source>Dennis</source>",
                    "<source>Dennis</source><target>ዴኒስ</target>"));
            ImportReport r = ImportRun.run(Formats.importer("xliff"), p, f, ImportOptions.defaults(), Progress.NONE);
            assertEquals(4, r.translations(), "two changed, two new");
            assertEquals(2, r.changed().size());
            assertTrue(r.changed().get(1).line().contains("names_dev#2 A [am]: ኢየን → lan"), r.changed().get(1).line());
            Item two = p.items().byExternalId("names_dev#2").orElseThrow();
            assertEquals("lan", p.translations().forItem(two.id(), "am").get("A").text());
        }
    }

    @Test
    void aDryRunOfASourceImportAddsNoItems() throws Exception {
        try (Project p = project()) {
            Path more = TestProjects.write(dir, "more_dev.csv", "Why?,a,b,c,d,C\n");
            ImportReport dry = ImportRun.run(Formats.importer("mmlu-csv"), p, more,
                    ImportOptions.defaults().dryRunning(), Progress.NONE);
            assertEquals(1, dry.items().added());
            assertTrue(p.items().byExternalId("more_dev#1").isEmpty());
        }
    }
}
