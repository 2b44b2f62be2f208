package io.indaba.core.translate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.indaba.core.base.BadInputException;
import io.indaba.core.project.Project;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** TBX v2 (TBX-Basic) and v3 term bases, and files that try to read local files or exhaust memory. */
class GlossaryTbxTest {

    private static final String TBX_BASIC = """
            <?xml version="1.0" encoding="UTF-8"?>
            <!DOCTYPE martif SYSTEM "http://example.invalid/TBXBasiccoreStructV02.dtd">
            <martif type="TBX-Basic" xml:lang="en-US">
              <martifHeader><fileDesc><sourceDesc><p>test</p></sourceDesc></fileDesc></martifHeader>
              <text><body>
                <termEntry id="c1">
                  <descrip type="definition">The organ that pumps blood</descrip>
                  <langSet xml:lang="en-US"><tig><term>heart</term><termNote type="partOfSpeech">noun</termNote></tig></langSet>
                  <langSet xml:lang="am"><tig><term>ልብ</term></tig></langSet>
                  <langSet xml:lang="fr"><tig><term>cœur</term></tig></langSet>
                </termEntry>
                <termEntry id="c2">
                  <langSet xml:lang="en"><ntig><termGrp><term>blood <hi>pressure</hi></term></termGrp></ntig></langSet>
                  <langSet xml:lang="AM"><ntig><termGrp><term>የደም ግፊት</term></termGrp></ntig></langSet>
                </termEntry>
                <termEntry id="c3">
                  <langSet xml:lang="en"><tig><term>liver</term></tig></langSet>
                  <langSet xml:lang="fr"><tig><term>foie</term></tig></langSet>
                </termEntry>
              </body></text>
            </martif>
            """;

    private static final String TBX_V3 = """
            <?xml version="1.0" encoding="UTF-8"?>
            <tbx style="dca" type="TBX-Basic" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">
              <tbxHeader><fileDesc><sourceDesc><p>v3</p></sourceDesc></fileDesc></tbxHeader>
              <text><body>
                <conceptEntry id="k1">
                  <langSec xml:lang="en">
                    <termSec><term>virus</term></termSec>
                    <termSec><term>viral agent</term></termSec>
                  </langSec>
                  <langSec xml:lang="am"><termSec><term>ቫይረስ</term><note>loan word</note></termSec></langSec>
                </conceptEntry>
              </body></text>
            </tbx>
            """;

    @TempDir
    Path dir;

    private Project project;
    private Glossary glossary;

    @BeforeEach
    void open() {
        project = ProjectFixture.create(dir);
        glossary = Glossary.of(project, "am");
    }

    @AfterEach
    void close() {
        project.close();
    }

    @Test
    void tbxBasicWithRegionalTagsInlineMarkupAndAnEntryLackingTheTarget() throws Exception {
        assertEquals(new GlossaryImport(2, 0, 1), glossary.importFile(write("basic.tbx", TBX_BASIC)));
        List<GlossaryTerm> terms = glossary.terms();
        assertEquals("heart", terms.get(0).source());
        assertEquals("ልብ", terms.get(0).target());
        assertEquals("The organ that pumps blood", terms.get(0).note());
        assertEquals("blood pressure", terms.get(1).source());
        assertEquals("የደም ግፊት", terms.get(1).target());
    }

    @Test
    void tbxVersionThreeConceptEntriesWithSynonymsInUtf16() throws Exception {
        Path file = dir.resolve("v3.tbx");
        Files.write(file, ("\uFEFF" + TBX_V3.replace("UTF-8", "UTF-16")).getBytes(StandardCharsets.UTF_16BE));
        assertEquals(new GlossaryImport(2, 0, 0), glossary.importFile(file));
        assertEquals(List.of("virus", "viral agent"), glossary.terms().stream().map(GlossaryTerm::source).toList());
        assertEquals("loan word", glossary.terms().get(0).note());
    }

    @Test
    void externalEntitiesAreRefusedAndNothingLeaks() throws Exception {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET-VALUE");
        String xxe = """
                <?xml version="1.0"?>
                <!DOCTYPE martif [<!ENTITY xxe SYSTEM "%s">]>
                <martif><text><body><termEntry>
                  <langSet xml:lang="en"><tig><term>&xxe;</term></tig></langSet>
                  <langSet xml:lang="am"><tig><term>x</term></tig></langSet>
                </termEntry></body></text></martif>
                """.formatted(secret.toUri());
        BadInputException e = assertThrows(BadInputException.class, () -> glossary.importFile(write("xxe.tbx", xxe)));
        assertFalse(e.getMessage().contains("TOP-SECRET"), e.getMessage());
        assertTrue(e.reason().contains("entity declarations"), e.getMessage());
        assertTrue(glossary.terms().isEmpty());
    }

    @Test
    void entityExpansionIsRefused() throws Exception {
        StringBuilder laughs = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE martif [\n<!ENTITY l0 \"lol\">\n");
        for (int i = 1; i < 10; i++) {
            laughs.append("<!ENTITY l").append(i).append(" \"").append(("&l" + (i - 1) + ";").repeat(10)).append("\">\n");
        }
        laughs.append("]>\n<martif><text><body><termEntry><langSet xml:lang=\"en\"><tig><term>&l9;</term></tig>"
                + "</langSet></termEntry></body></text></martif>\n");
        BadInputException e = assertThrows(BadInputException.class,
                () -> glossary.importFile(write("laughs.tbx", laughs.toString())));
        assertTrue(e.reason().contains("entity declarations"), e.getMessage());
        assertTrue(e.line() > 0, e.getMessage());
    }

    @Test
    void foreignAndBrokenXmlIsBadInputWithALine() throws Exception {
        BadInputException foreign = assertThrows(BadInputException.class, () -> glossary.importFile(
                write("x.tbx", "<?xml version=\"1.0\"?>\n<tmx version=\"1.4\"><body/></tmx>")));
        assertTrue(foreign.reason().contains("not a TBX file"), foreign.reason());
        assertEquals(2, foreign.line());
        String truncated = TBX_BASIC.substring(0, TBX_BASIC.indexOf("<termEntry id=\"c2\">") + 30);
        BadInputException broken = assertThrows(BadInputException.class,
                () -> glossary.importFile(write("t.tbx", truncated)));
        assertTrue(broken.line() >= 12, broken.getMessage());
        BadInputException noLang = assertThrows(BadInputException.class, () -> glossary.importFile(write("n.tbx",
                "<martif><text><body><termEntry><langSet><tig><term>a</term></tig></langSet></termEntry></body>"
                        + "</text></martif>")));
        assertTrue(noLang.reason().contains("xml:lang"), noLang.reason());
        assertThrows(BadInputException.class, () -> glossary.importFile(write("e.tbx", "<martif><text><body><termEntry>"
                + "<langSet xml:lang=\"en\"><tig><term>a&undeclared;</term></tig></langSet></termEntry></body></text>"
                + "</martif>")));
        assertTrue(glossary.terms().isEmpty());
    }

    private Path write(String name, String text) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        return file;
    }
}
