package io.indaba.core.translate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.indaba.core.base.BadInputException;
import io.indaba.core.project.Project;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Delimited glossaries as real deliveries come: BOMs, UTF-16, headers or not, tabs, commas, semicolons. */
class GlossaryCsvTest {

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
    void tabSeparatedWithBomHeaderAndNotes() throws Exception {
        Path file = write("terms.tsv", bytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                "source\ttarget\tnote\nheart\tልብ\torgan\nblood pressure\tየደም ግፊት\n\nvirus\tቫይረስ\t\n"
                        .getBytes(StandardCharsets.UTF_8)));
        assertEquals(new GlossaryImport(3, 0, 0), glossary.importFile(file));
        List<GlossaryTerm> terms = glossary.terms();
        assertEquals(List.of("heart", "blood pressure", "virus"), terms.stream().map(GlossaryTerm::source).toList());
        assertEquals("ልብ", terms.get(0).target());
        assertEquals("organ", terms.get(0).note());
        assertNull(terms.get(1).note());
        assertEquals("am", terms.get(0).targetLang());
    }

    @Test
    void utf16WithBomCrlfAndQuotedCommas() throws Exception {
        String text = "\uFEFF\"heart, human\",ልብ,\"the \"\"pump\"\"\"\r\nliver,ጉበት\r\n";
        Path file = write("terms.csv", text.getBytes(StandardCharsets.UTF_16LE));
        assertEquals(2, glossary.importFile(file).added());
        GlossaryTerm first = glossary.terms().get(0);
        assertEquals("heart, human", first.source());
        assertEquals("the \"pump\"", first.note());
    }

    @Test
    void headerlessSemicolonFileAndLanguageNamedHeader() throws Exception {
        assertEquals(2, glossary.importFile(write("a.csv", "heart;ልብ\nliver;ጉበት\n")).added());
        assertEquals(new GlossaryImport(1, 1, 0),
                glossary.importFile(write("b.csv", "English,Amharic\nHEART,ልብ\nkidney,ኩላሊት\n")));
        assertEquals(3, glossary.terms().size(), "the same term in another case is a duplicate");
    }

    @Test
    void aRowWithoutTargetFailsTheWholeImportNamingItsLine() throws Exception {
        Path file = write("bad.tsv", "heart\tልብ\nliver\tጉበት\n\"kidney\n\"\t\n");
        BadInputException e = assertThrows(BadInputException.class, () -> glossary.importFile(file));
        assertEquals(3, e.line());
        assertTrue(e.reason().contains("no target"), e.reason());
        assertEquals(file, e.file());
        assertTrue(glossary.terms().isEmpty(), "all or nothing");
    }

    @Test
    void invalidUtf8IsReportedWithItsLine() throws Exception {
        Path file = write("bad.csv", bytes("heart,ልብ\nliver,".getBytes(StandardCharsets.UTF_8),
                new byte[] {(byte) 0xC3, (byte) 0x28}, "\n".getBytes(StandardCharsets.UTF_8)));
        BadInputException e = assertThrows(BadInputException.class, () -> glossary.importFile(file));
        assertEquals(2, e.line());
        assertTrue(e.reason().contains("UTF-8"), e.reason());
    }

    @Test
    void brokenQuotesAndExtraColumnsAreBadInput() throws Exception {
        assertThrows(BadInputException.class, () -> glossary.importFile(write("q.csv", "heart,ልብ\n\"liver,ጉበት\n")));
        BadInputException wide = assertThrows(BadInputException.class,
                () -> glossary.importFile(write("w.tsv", "heart\tልብ\tnote\textra\n")));
        assertEquals(1, wide.line());
        assertTrue(glossary.terms().isEmpty());
    }

    @Test
    void addFromTheEditorReturnsTheExistingTermForADuplicate() {
        GlossaryTerm added = glossary.add(" heart ", "ልብ", "");
        assertEquals("heart", added.source());
        assertNull(added.note());
        assertEquals(added, glossary.add("Heart", "ልብ", null));
        assertEquals(1, glossary.terms().size());
        assertThrows(IllegalArgumentException.class, () -> glossary.add("heart", " ", null));
        assertEquals(List.of(), Glossary.of(project, "ig").terms(), "each pair has its own glossary");
    }

    private Path write(String name, String text) throws Exception {
        return write(name, text.getBytes(StandardCharsets.UTF_8));
    }

    private Path write(String name, byte[] content) throws Exception {
        Path file = dir.resolve(name);
        Files.write(file, content);
        return file;
    }

    private static byte[] bytes(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }
}
