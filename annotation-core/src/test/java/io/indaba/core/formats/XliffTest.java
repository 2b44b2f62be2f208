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
import io.indaba.core.translate.Revision;
import io.indaba.core.translate.Translation;
import io.indaba.core.translate.TranslationStatus;
import io.indaba.core.translate.Translations;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class XliffTest {

    private static final String ENGLISH = "What is 2+2?,3,4,5,6,B\n\"Line one\r\nline two\",a,b,c,d,A\n";

    @TempDir
    Path dir;

    private Project projectWithTranslation() throws Exception {
        Project p = TestProjects.create(dir);
        Formats.importer("mmlu-csv").importFile(p, TestProjects.write(dir, "virology_dev.csv", ENGLISH),
                ImportOptions.defaults(), Progress.NONE);
        Item first = p.items().byExternalId("virology_dev#1").orElseThrow();
        p.translations().save(new Translations.Change(first.id(), "question", "am", "2+2 ስንት ነው?",
                TranslationStatus.APPROVED, Origin.HUMAN, "abebe", first.sourceHash(), null));
        p.translations().save(new Translations.Change(first.id(), "A", "am", "ሶስት",
                TranslationStatus.TRANSLATED, Origin.HUMAN, "abebe", first.sourceHash(), null));
        return p;
    }

    @Test
    void exportIsXliff21WithUnitsSegmentsStatesAndMetadata() throws Exception {
        try (Project p = projectWithTranslation()) {
            Path out = dir.resolve("am.xlf");
            ExportReport r = Formats.exporter("xliff").export(p, new ExportOptions(out, "am", null), Progress.NONE);
            assertEquals(2, r.records());
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            Document doc = f.newDocumentBuilder().parse(out.toFile());
            Element root = doc.getDocumentElement();
            assertEquals(XliffExporter.XLIFF, root.getNamespaceURI());
            assertEquals("2.1", root.getAttribute("version"));
            assertEquals("en", root.getAttribute("srcLang"));
            assertEquals("am", root.getAttribute("trgLang"));
            assertEquals(1, root.getElementsByTagNameNS(XliffExporter.XLIFF, "file").getLength());
            Element unit = (Element) root.getElementsByTagNameNS(XliffExporter.XLIFF, "unit").item(0);
            assertEquals("virology_dev#1", XliffIds.decode(unit.getAttribute("id")));
            assertTrue(unit.getAttribute("id").matches("[\\w.:-]+"), "an NMTOKEN");
            Element q = (Element) unit.getElementsByTagNameNS(XliffExporter.XLIFF, "segment").item(0);
            assertEquals("question", q.getAttribute("id"));
            assertEquals("final", q.getAttribute("state"));
            Element b = (Element) unit.getElementsByTagNameNS(XliffExporter.XLIFF, "segment").item(2);
            assertEquals("initial", b.getAttribute("state"));
            assertEquals(0, b.getElementsByTagNameNS(XliffExporter.XLIFF, "target").getLength());
            var metas = unit.getElementsByTagNameNS(XliffExporter.MDA, "meta");
            boolean answer = false;
            for (int i = 0; i < metas.getLength(); i++) {
                Element m = (Element) metas.item(i);
                answer |= m.getAttribute("type").equals("answer") && m.getTextContent().equals("B");
            }
            assertTrue(answer, "the answer key travels in mda:metadata");
            Element second = (Element) root.getElementsByTagNameNS(XliffExporter.XLIFF, "source").item(5);
            assertEquals("Line one\r\nline two", second.getTextContent(), "CR survives the parser");
        }
    }

    @Test
    void machineDraftsAndMemoryMatchesTravelAsCandidatesAndNeverComeBackAsTargets() throws Exception {
        try (Project p = projectWithTranslation()) {
            Item first = p.items().byExternalId("virology_dev#1").orElseThrow();
            Item second = p.items().byExternalId("virology_dev#2").orElseThrow();
            p.translations().save(new Translations.Change(second.id(), "B", "am-x-mt", "ቢ ማሽን",
                    TranslationStatus.TRANSLATED, Origin.MT, "google", second.sourceHash(), null));
            Path out = dir.resolve("am.xlf");
            Formats.exporter("xliff").export(p, new ExportOptions(out, "am", Map.of("matches", "mt,tm")), Progress.NONE);
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            Document doc = f.newDocumentBuilder().parse(out.toFile());
            var matches = doc.getElementsByTagNameNS(XliffExporter.MTC, "match");
            assertEquals(1, matches.getLength(), "one machine draft; the memory has no other item to offer");
            Element m = (Element) matches.item(0);
            assertEquals("#B", m.getAttribute("ref"));
            assertEquals("mt", m.getAttribute("type"));
            assertEquals("ቢ ማሽን", m.getElementsByTagNameNS(XliffExporter.XLIFF, "target").item(0).getTextContent());
            ImportReport again = Formats.importer("xliff").importFile(p, out, ImportOptions.defaults(), Progress.NONE);
            assertEquals(0, again.translations(), "re-importing the untouched file changes nothing");
            assertTrue(p.translations().forItem(second.id(), "am").isEmpty(), "a candidate is never taken as a target");
            assertEquals(2, p.translations().forItem(first.id(), "am").size());
        }
    }

    @Test
    void aTargetEditedInAnotherToolLandsAsARevisionOfTheSameField() throws Exception {
        try (Project p = projectWithTranslation()) {
            Path out = dir.resolve("am.xlf");
            Formats.exporter("xliff").export(p, new ExportOptions(out, "am", null), Progress.NONE);
            String xml = Files.readString(out);
            // what a CAT tool does: edit one target, mark it reviewed, add a target to an empty segment
            String edited = xml.replace("<segment id=\"A\" state=\"translated\">", "<segment id=\"A\" state=\"reviewed\">")
                    .replace("ሶስት", "ሦስት")
                    .replaceFirst("<segment id=\"B\" state=\"initial\"><source>4</source>",
                            "<segment id=\"B\" state=\"translated\"><source>4</source><target>አራት</target>");
            Files.writeString(out, edited);
            ImportReport r = Formats.importer("xliff").importFile(p, out, ImportOptions.defaults(), Progress.NONE);
            assertEquals(2, r.translations(), "the edited and the new field; the unchanged one adds nothing");
            Item first = p.items().byExternalId("virology_dev#1").orElseThrow();
            Translation a = p.translations().forItem(first.id(), "am").get("A");
            assertEquals("ሦስት", a.text());
            assertEquals(TranslationStatus.REVIEWED, a.status());
            List<Revision> history = p.translations().history(a.id());
            assertEquals(2, history.size());
            assertEquals(Origin.IMPORTED, history.get(1).origin());
            Translation q = p.translations().forItem(first.id(), "am").get("question");
            assertEquals(1, p.translations().history(q.id()).size());
            assertEquals(TranslationStatus.APPROVED, q.status());
            assertEquals("አራት", p.translations().forItem(first.id(), "am").get("B").text());
        }
    }

    @Test
    void xliff12TransUnitsLandByIdOrBySegmentMarks() throws Exception {
        try (Project p = projectWithTranslation()) {
            String xml = """
                    <?xml version="1.0" encoding="UTF-16"?>
                    <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
                     <file original="x" source-language="en" target-language="am" datatype="plaintext"><body>
                      <trans-unit id="virology_dev#2/question"><source>Line one</source>
                       <target state="signed-off">መስመር <g id="1">አንድ</g></target></trans-unit>
                      <trans-unit id="virology_dev#2"><source>a b</source>
                       <seg-source><mrk mtype="seg" mid="A">a</mrk> <mrk mtype="seg" mid="B">b</mrk></seg-source>
                       <target state="needs-review-translation"><mrk mtype="seg" mid="A">ሀ</mrk> <mrk mtype="seg" mid="B">ለ</mrk></target>
                      </trans-unit>
                     </body></file>
                    </xliff>
                    """;
            Path f = dir.resolve("back.xlf");
            Files.write(f, xml.getBytes(StandardCharsets.UTF_16));
            assertEquals("xliff", Formats.detect(f).id());
            ImportReport r = Formats.importer("xliff").importFile(p, f, ImportOptions.defaults(), Progress.NONE);
            assertEquals(3, r.translations());
            Item second = p.items().byExternalId("virology_dev#2").orElseThrow();
            var tr = p.translations().forItem(second.id(), "am");
            assertEquals("መስመር አንድ", tr.get("question").text());
            assertEquals(TranslationStatus.REVIEWED, tr.get("question").status());
            assertEquals("ለ", tr.get("B").text());
            assertEquals(TranslationStatus.TRANSLATED, tr.get("B").status());
            assertEquals(1, r.notes().size(), "the question's source text differs from the item's");
        }
    }

    @Test
    void externalEntitiesAreNeverResolved() throws Exception {
        Path secret = TestProjects.write(dir, "secret.txt", "TOP SECRET");
        String xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE xliff [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>\n"
                + "<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.1\" srcLang=\"en\" trgLang=\"am\">"
                + "<file id=\"f\"><unit id=\"virology_dev:00231\"><segment id=\"question\" state=\"translated\">"
                + "<source>q</source><target>&x;</target></segment></unit></file></xliff>";
        try (Project p = projectWithTranslation()) {
            Path f = TestProjects.write(dir, "evil.xlf", xml);
            BadInputException e = assertThrows(BadInputException.class, () -> Formats.importer("xliff")
                    .importFile(p, f, ImportOptions.defaults(), Progress.NONE));
            assertTrue(e.line() >= 1, e.getMessage());
            Item first = p.items().byExternalId("virology_dev#1").orElseThrow();
            assertEquals("2+2 ስንት ነው?", p.translations().forItem(first.id(), "am").get("question").text());
        }
    }

    @Test
    void unknownUnitIsABadRowAndNothingElseIsKeptByDefault() throws Exception {
        try (Project p = projectWithTranslation()) {
            String xml = "<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.0\" srcLang=\"en\" "
                    + "trgLang=\"am\"><file id=\"f\">\n<unit id=\"virology_dev:00232\"><segment id=\"A\" state=\"translated\">"
                    + "<source>a</source><target>ሀ</target></segment></unit>\n<unit id=\"nope\"><segment>"
                    + "<source>a</source><target>b</target></segment></unit></file></xliff>";
            Path f = TestProjects.write(dir, "x.xlf", xml);
            BadInputException e = assertThrows(BadInputException.class, () -> Formats.importer("xliff")
                    .importFile(p, f, ImportOptions.defaults(), Progress.NONE));
            assertEquals(3, e.line());
            Item second = p.items().byExternalId("virology_dev#2").orElseThrow();
            assertEquals(0, p.translations().forItem(second.id(), "am").size());
            ImportReport r = Formats.importer("xliff").importFile(p, f, TestProjects.skipping(), Progress.NONE);
            assertEquals(1, r.translations());
            assertEquals(1, r.skipped().size());
        }
    }

    @Test
    void aFileWithoutVersionAttributeStillImports() throws Exception {
        // found by the fuzz test: a missing version once ended in a NullPointerException
        try (Project p = projectWithTranslation()) {
            String xml = "<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" srcLang=\"en\" trgLang=\"am\">"
                    + "<file id=\"f\"><unit id=\"virology_dev:00232\"><segment id=\"A\" state=\"translated\">"
                    + "<source>a</source><target>ሀ</target></segment></unit></file></xliff>";
            ImportReport r = Formats.importer("xliff").importFile(p, TestProjects.write(dir, "nov.xlf", xml),
                    ImportOptions.defaults(), Progress.NONE);
            assertEquals(1, r.translations());
        }
    }

    @Test
    void idsThatAreNotNameTokensSurviveEncoding() {
        for (String id : List.of("virology_dev#12", "a:b", "3QHITW7-2", "x y/z", "ሀ#1", ":0023")) {
            assertEquals(id, XliffIds.decode(XliffIds.encode(id)));
        }
    }
}
