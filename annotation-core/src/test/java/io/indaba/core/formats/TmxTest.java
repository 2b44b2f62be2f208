package io.indaba.core.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.indaba.core.Progress;
import io.indaba.core.base.BadInputException;
import io.indaba.core.item.Item;
import io.indaba.core.project.Project;
import io.indaba.core.testing.TestProjects;
import io.indaba.core.translate.Origin;
import io.indaba.core.translate.MemoryEntries;
import io.indaba.core.translate.MemoryEntry;
import io.indaba.core.translate.TranslationStatus;
import io.indaba.core.translate.Translations;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TmxTest {

    private static final String TMX = """
            <?xml version="1.0" encoding="UTF-16"?>
            <!DOCTYPE tmx SYSTEM "tmx14.dtd">
            <tmx version="1.4">
              <header creationtool="X" creationtoolversion="1" segtype="sentence" o-tmf="x" adminlang="en-US"
                      srclang="en-US" datatype="plaintext"/>
              <body>
                <tu tuid="7">
                  <prop type="x-domain">medicine</prop>
                  <note>checked by a nurse</note>
                  <tuv xml:lang="EN-US"><seg>The <bpt i="1">&lt;b&gt;</bpt>virus<ept i="1">&lt;/b&gt;</ept> spreads.</seg></tuv>
                  <tuv xml:lang="am"><seg>ቫይረሱ ይሰራጫል።</seg></tuv>
                  <tuv xml:lang="zu"><seg>Igciwane <hi>liyasabalala</hi>.</seg></tuv>
                </tu>
                <tu>
                  <tuv xml:lang="am"><seg>ብቻ</seg></tuv>
                </tu>
              </body>
            </tmx>
            """;

    @TempDir
    Path dir;

    @Test
    void utf16TmxWithPropsNotesAndInlineCodesBecomesMemoryEntries() throws Exception {
        try (Project p = TestProjects.create(dir)) {
            Path f = dir.resolve("clinical.tmx");
            Files.write(f, TMX.getBytes(StandardCharsets.UTF_16));
            assertEquals("tmx", Formats.detect(f).id());
            assertThrows(BadInputException.class, () -> Formats.importer("tmx").importFile(p, f,
                    ImportOptions.defaults(), Progress.NONE), "a unit without the source language is bad");
            ImportReport r = Formats.importer("tmx").importFile(p, f, TestProjects.skipping(), Progress.NONE);
            assertEquals(2, r.tmEntries());
            assertEquals(1, r.skipped().size());
            MemoryEntries tm = new MemoryEntries(p.database());
            List<MemoryEntry> am = tm.forPair("en-US", "am");
            assertEquals(1, am.size());
            assertEquals("The virus spreads.", am.getFirst().sourceText());
            assertEquals("ቫይረሱ ይሰራጫል።", am.getFirst().targetText());
            assertEquals("medicine", am.getFirst().meta().get("prop:x-domain"));
            assertEquals("checked by a nurse", am.getFirst().meta().get("note"));
            assertEquals("tmx:clinical.tmx", am.getFirst().origin());
            assertEquals("Igciwane liyasabalala.", tm.forPair("en-US", "zu").getFirst().targetText());
            ImportReport again = Formats.importer("tmx").importFile(p, f, TestProjects.skipping(), Progress.NONE);
            assertEquals(0, again.tmEntries(), "the same pairs are not stored twice");
        }
    }

    @Test
    void exportHoldsOnlyApprovedCurrentTranslationsAndReadsBack() throws Exception {
        try (Project p = TestProjects.create(dir)) {
            Formats.importer("mmlu-csv").importFile(p, TestProjects.write(dir, "virology_dev.csv",
                    "Which virus?,HIV,HPV,flu,none,B\n"), ImportOptions.defaults(), Progress.NONE);
            Item item = p.items().byExternalId("virology_dev#1").orElseThrow();
            save(p, item, "question", "የትኛው ቫይረስ?", TranslationStatus.APPROVED);
            save(p, item, "A", "ኤች አይ ቪ", TranslationStatus.TRANSLATED);
            save(p, item, "C", "ጉንፋን & <ሌላ>", TranslationStatus.APPROVED);
            Path out = dir.resolve("out.tmx");
            ExportReport r = Formats.exporter("tmx").export(p, new ExportOptions(out, "am", null), Progress.NONE);
            assertEquals(2, r.records());
            String xml = Files.readString(out);
            assertTrue(xml.contains("xml:lang=\"am\""), xml);
            assertTrue(xml.contains("tuid=\"virology_dev#1/question\""), xml);
            try (Project other = TestProjects.create(dir)) {
                ImportReport back = Formats.importer("tmx").importFile(other, out, ImportOptions.defaults(),
                        Progress.NONE);
                assertEquals(2, back.tmEntries());
                var entries = new MemoryEntries(other.database()).forPair("en", "am");
                var flu = entries.stream().filter(e -> e.sourceText().equals("flu")).findFirst().orElseThrow();
                assertEquals("ጉንፋን & <ሌላ>", flu.targetText());
                assertEquals("C", flu.meta().get("prop:x-indaba-field"));
            }
        }
    }

    @Test
    void externalEntitiesInTmxAreRefused() throws Exception {
        Path secret = TestProjects.write(dir, "secret.txt", "TOP SECRET");
        String xml = "<?xml version=\"1.0\"?><!DOCTYPE tmx [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>"
                + "<tmx version=\"1.4\"><header srclang=\"en\"/><body><tu><tuv xml:lang=\"en\"><seg>&x;</seg></tuv>"
                + "<tuv xml:lang=\"am\"><seg>a</seg></tuv></tu></body></tmx>";
        try (Project p = TestProjects.create(dir)) {
            Path f = TestProjects.write(dir, "evil.tmx", xml);
            assertThrows(BadInputException.class, () -> Formats.importer("tmx").importFile(p, f,
                    TestProjects.skipping(), Progress.NONE));
            assertEquals(0, new MemoryEntries(p.database()).count());
        }
    }

    private static void save(Project p, Item item, String field, String text, TranslationStatus status) {
        p.translations().save(new Translations.Change(item.id(), field, "am", text, status, Origin.HUMAN, "abebe",
                item.sourceHash(), null));
    }
}
