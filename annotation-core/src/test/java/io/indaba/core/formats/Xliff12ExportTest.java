package io.indaba.core.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.indaba.core.Progress;
import io.indaba.core.item.Item;
import io.indaba.core.project.Project;
import io.indaba.core.testing.TestProjects;
import io.indaba.core.translate.Origin;
import io.indaba.core.translate.Translation;
import io.indaba.core.translate.TranslationStatus;
import io.indaba.core.translate.Translations;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The XLIFF 1.2 export's structure, checked by hand so it holds where the OASIS schema is absent: namespace, required
 * file attributes, unique trans-unit ids, the element order of group and trans-unit, and state values from the 1.2
 * list. {@link XliffSchemaTest} validates against xliff-core-1.2-strict.xsd itself where {@code .ci/run} fetched it.
 */
class Xliff12ExportTest {

    private static final String X12 = "urn:oasis:names:tc:xliff:document:1.2";
    private static final Set<String> STATES = Set.of("final", "needs-adaptation", "needs-l10n",
            "needs-review-adaptation", "needs-review-l10n", "needs-review-translation", "needs-translation", "new",
            "signed-off", "translated");

    @TempDir
    Path dir;

    private Project project() throws Exception {
        Project p = TestProjects.create(dir);
        Formats.importer("mmlu-csv").importFile(p, TestProjects.write(dir, "virology_dev.csv",
                "What is 2+2?,3,4,5,6,B\n\"Line one\r\nline two\",a,b,c,d,A\n"), ImportOptions.defaults(), Progress.NONE);
        Item first = p.items().byExternalId("virology_dev#1").orElseThrow();
        p.translations().save(new Translations.Change(first.id(), "question", "am", "2+2 ስንት ነው?",
                TranslationStatus.APPROVED, Origin.HUMAN, "abebe", first.sourceHash(), null));
        p.translations().save(new Translations.Change(first.id(), "A", "am", "ሶስት",
                TranslationStatus.TRANSLATED, Origin.HUMAN, "abebe", first.sourceHash(), null));
        p.translations().save(new Translations.Change(first.id(), "C", "am", "አምስት",
                TranslationStatus.REVIEWED, Origin.HUMAN, "abebe", first.sourceHash(), null));
        Item second = p.items().byExternalId("virology_dev#2").orElseThrow();
        p.translations().save(new Translations.Change(second.id(), "B", "am-x-mt", "ቢ ማሽን",
                TranslationStatus.TRANSLATED, Origin.MT, "google", second.sourceHash(), null));
        return p;
    }

    private static Document parse(Path f) throws Exception {
        DocumentBuilderFactory f1 = DocumentBuilderFactory.newInstance();
        f1.setNamespaceAware(true);
        return f1.newDocumentBuilder().parse(f.toFile());
    }

    @Test
    void exportHasTheStructureTheXliff12SchemaRequires() throws Exception {
        try (Project p = project()) {
            Path out = dir.resolve("am12.xlf");
            ExportReport r = Formats.exporter("xliff12").export(p, new ExportOptions(out, "am", null), Progress.NONE);
            assertEquals(2, r.records());
            Element root = parse(out).getDocumentElement();
            assertEquals(X12, root.getNamespaceURI());
            assertEquals("xliff", root.getLocalName());
            assertEquals("1.2", root.getAttribute("version"));
            NodeList files = root.getElementsByTagNameNS(X12, "file");
            assertEquals(1, files.getLength());
            Element file = (Element) files.item(0);
            for (String a : new String[] {"original", "source-language", "datatype"}) {
                assertFalse(file.getAttribute(a).isEmpty(), "file/@" + a + " is required");
            }
            assertEquals("en", file.getAttribute("source-language"));
            assertEquals("am", file.getAttribute("target-language"));
            assertEquals("virology_dev", file.getAttribute("original"));
            assertEquals(X12, children(file)[0].getNamespaceURI());
            assertEquals("header", children(file)[0].getLocalName());
            assertEquals("body", children(file)[1].getLocalName());
            NodeList units = root.getElementsByTagNameNS(X12, "trans-unit");
            assertEquals(10, units.getLength(), "one trans-unit per field: question and four choices, two items");
            Set<String> ids = new HashSet<>();
            for (int i = 0; i < units.getLength(); i++) {
                Element u = (Element) units.item(i);
                assertTrue(ids.add(u.getAttribute("id")), "trans-unit ids are unique");
                Element[] kids = children(u);
                assertEquals("source", kids[0].getLocalName(), "source comes first");
                boolean seenExtra = false;
                for (int k = 1; k < kids.length; k++) {
                    assertEquals(X12, kids[k].getNamespaceURI());
                    String n = kids[k].getLocalName();
                    if (n.equals("target")) {
                        assertFalse(seenExtra, "target before alt-trans and notes");
                        assertTrue(STATES.contains(kids[k].getAttribute("state")), kids[k].getAttribute("state"));
                    } else {
                        assertTrue(Set.of("alt-trans", "note", "context-group").contains(n), n);
                        seenExtra = true;
                    }
                }
            }
            Element group = (Element) root.getElementsByTagNameNS(X12, "group").item(0);
            assertEquals("context-group", children(group)[0].getLocalName(), "group metadata before its units");
            Map<String, String> meta = new java.util.HashMap<>();
            NodeList contexts = group.getElementsByTagNameNS(X12, "context");
            for (int i = 0; i < contexts.getLength(); i++) {
                Element c = (Element) contexts.item(i);
                assertTrue(c.getAttribute("context-type").startsWith("x-"), "custom context types start x-");
                meta.put(c.getAttribute("context-type"), c.getTextContent());
            }
            assertEquals(Map.of("x-indaba-id", "virology_dev#1", "x-indaba-kind", "mcq", "x-indaba-answer", "B"), meta);
            assertTrue(group.getElementsByTagNameNS(X12, "note").item(0).getTextContent().contains("B"),
                    "the locked answer key is a note translators see");
            Element q = (Element) units.item(0);
            assertEquals("virology_dev#1/question", XliffIds.decode(q.getAttribute("id")));
            assertEquals("preserve", q.getAttributeNS("http://www.w3.org/XML/1998/namespace", "space"));
            Element target = (Element) q.getElementsByTagNameNS(X12, "target").item(0);
            assertEquals("final", target.getAttribute("state"));
            Element secondQuestion = (Element) units.item(5);
            assertEquals("Line one\r\nline two", secondQuestion.getElementsByTagNameNS(X12, "source").item(0)
                    .getTextContent(), "CR survives the parser");
        }
    }

    @Test
    void machineDraftsBecomeAltTransAndAnUntouchedFileReimportsWithoutChanges() throws Exception {
        try (Project p = project()) {
            Path out = dir.resolve("am12.xlf");
            Formats.exporter("xliff12").export(p, new ExportOptions(out, "am", Map.of("matches", "mt")), Progress.NONE);
            NodeList alts = parse(out).getElementsByTagNameNS(X12, "alt-trans");
            assertEquals(1, alts.getLength());
            Element alt = (Element) alts.item(0);
            assertEquals("ቢ ማሽን", alt.getElementsByTagNameNS(X12, "target").item(0).getTextContent());
            assertTrue(alt.getAttribute("origin").startsWith("mt:"));
            assertEquals("xliff", Formats.detect(out).id());
            ImportReport again = Formats.importer("xliff").importFile(p, out, ImportOptions.defaults(), Progress.NONE);
            assertEquals(0, again.translations(), "re-importing the untouched file changes nothing");
            assertEquals(0, again.items().added(), "Indaba's own export lands on the same items");
            Item second = p.items().byExternalId("virology_dev#2").orElseThrow();
            assertTrue(p.translations().forItem(second.id(), "am").isEmpty(), "an alt-trans is never taken as a target");
        }
    }

    @Test
    void targetsEditedInACatToolLandOnTheSameItems() throws Exception {
        try (Project p = project()) {
            Path out = dir.resolve("am12.xlf");
            Formats.exporter("xliff12").export(p, new ExportOptions(out, "am", null), Progress.NONE);
            String xml = Files.readString(out);
            String edited = xml.replace("ሶስት", "ሦስት").replace("<source>4</source>",
                    "<source>4</source><target state=\"translated\">አራት</target>");
            Files.writeString(out, edited);
            ImportReport r = Formats.importer("xliff").importFile(p, out, ImportOptions.defaults(), Progress.NONE);
            assertEquals(2, r.translations());
            Item first = p.items().byExternalId("virology_dev#1").orElseThrow();
            Map<String, Translation> tr = p.translations().forItem(first.id(), "am");
            assertEquals("ሦስት", tr.get("A").text());
            assertEquals("አራት", tr.get("B").text());
            assertEquals(TranslationStatus.APPROVED, tr.get("question").status());
            assertEquals(TranslationStatus.REVIEWED, tr.get("C").status(), "signed-off comes back as reviewed");
            assertEquals(1, p.translations().history(tr.get("question").id()).size());
            assertNotNull(tr.get("C"));
        }
    }

    private static Element[] children(Element e) {
        java.util.List<Element> out = new java.util.ArrayList<>();
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element el) {
                out.add(el);
            }
        }
        return out.toArray(new Element[0]);
    }
}
