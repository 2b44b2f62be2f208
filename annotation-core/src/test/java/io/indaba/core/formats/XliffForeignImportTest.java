package io.indaba.core.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.indaba.core.Progress;
import io.indaba.core.base.BadInputException;
import io.indaba.core.item.Item;
import io.indaba.core.item.ItemKind;
import io.indaba.core.project.Project;
import io.indaba.core.testing.TestProjects;
import io.indaba.core.translate.Translation;
import io.indaba.core.translate.TranslationStatus;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** XLIFF that Indaba did not write: one new text item per unit, targets as translations, notes kept. */
class XliffForeignImportTest {

    @TempDir
    Path dir;

    private static final String VENDOR_12 = """
            <?xml version="1.0" encoding="UTF-8"?>
            <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
             <file original="greetings.txt" source-language="en" target-language="am" datatype="plaintext"><body>
              <trans-unit id="1"><source>Hello</source><target state="final">ሰላም</target>
               <alt-trans><source>Hello</source><target>ሃሎ</target></alt-trans>
               <note>a greeting</note></trans-unit>
              <trans-unit id="2"><source>Thanks</source><target state="needs-translation"></target></trans-unit>
              <trans-unit id="3"><source>Bye</source></trans-unit>
             </body></file>
            </xliff>
            """;

    @Test
    void aVendorsXliff12BecomesNewTextItemsWithTranslationsAndNotes() throws Exception {
        try (Project p = TestProjects.create(dir)) {
            Path f = TestProjects.write(dir, "vendor.xlf", VENDOR_12);
            ImportReport r = Formats.importer("xliff").importFile(p, f, ImportOptions.defaults(), Progress.NONE);
            assertEquals(3, r.items().added());
            assertEquals(1, r.translations(), "the empty target and the unit without one add nothing");
            Item one = p.items().byExternalId("1").orElseThrow();
            assertEquals(ItemKind.TEXT, one.kind());
            assertEquals("greetings.txt", one.collection());
            assertEquals(Map.of("text", "Hello"), one.fields());
            assertNull(one.answer());
            assertEquals("a greeting", one.meta().get("note"));
            Translation t = p.translations().forItem(one.id(), "am").get("text");
            assertEquals("ሰላም", t.text(), "the alt-trans is a suggestion, not the target");
            assertEquals(TranslationStatus.APPROVED, t.status());
            ImportReport again = Formats.importer("xliff").importFile(p, f, ImportOptions.defaults(), Progress.NONE);
            assertEquals(0, again.translations(), "now the ids name items: a second import is a round trip");
            assertEquals(0, again.items().added());
        }
    }

    @Test
    void severalFilesPrefixIdsWithTheirOriginalAndSegmentsBecomeFields() throws Exception {
        String xml = """
                <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="am">
                 <file id="f1" original="a.txt"><unit id="u1"><notes><note>n1</note></notes>
                  <segment id="s1" state="translated"><source>One.</source><target>አንድ።</target></segment>
                  <segment id="s2"><source>Two.</source></segment></unit></file>
                 <file id="f2" original="b.txt"><unit id="u1"><segment><source>Three.</source></segment></unit></file>
                </xliff>
                """;
        try (Project p = TestProjects.create(dir)) {
            ImportReport r = Formats.importer("xliff").importFile(p, TestProjects.write(dir, "tool.xlf", xml),
                    ImportOptions.defaults(), Progress.NONE);
            assertEquals(2, r.items().added());
            Item a = p.items().byExternalId("a.txt#u1").orElseThrow();
            assertEquals(Map.of("s1", "One.", "s2", "Two."), a.fields());
            assertEquals("n1", a.meta().get("note"));
            assertEquals("አንድ።", p.translations().forItem(a.id(), "am").get("s1").text());
            assertEquals("b.txt", p.items().byExternalId("b.txt#u1").orElseThrow().collection());
        }
    }

    @Test
    void aForeignFileIsAllOrNothing() throws Exception {
        String xml = """
                <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
                 <file original="x" source-language="en" target-language="am" datatype="plaintext"><body>
                  <trans-unit id="1"><source>ok</source></trans-unit>
                  <trans-unit id="1"><source>duplicate</source></trans-unit>
                 </body></file></xliff>
                """;
        try (Project p = TestProjects.create(dir)) {
            BadInputException e = assertThrows(BadInputException.class, () -> Formats.importer("xliff")
                    .importFile(p, TestProjects.write(dir, "dup.xlf", xml), ImportOptions.defaults(), Progress.NONE));
            assertTrue(e.getMessage().contains("dup.xlf"), e.getMessage());
            assertEquals(4, e.line());
            assertTrue(p.items().byExternalId("1").isEmpty(), "nothing kept");
        }
    }
}
