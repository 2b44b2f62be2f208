package io.indaba.core.formats;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.indaba.core.Progress;
import io.indaba.core.item.Item;
import io.indaba.core.project.Project;
import io.indaba.core.testing.TestProjects;
import io.indaba.core.translate.Origin;
import io.indaba.core.translate.TranslationStatus;
import io.indaba.core.translate.Translations;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.ls.LSInput;
import org.w3c.dom.ls.LSResourceResolver;

/**
 * Indaba's XLIFF 1.2 and 2.1 exports validate against the OASIS schemas: {@code xliff-core-1.2-strict.xsd} and
 * {@code xliff-core-2.0.xsd} (2.1 keeps the 2.0 core). The schemas are OASIS's, not ours to commit: {@code .ci/run}
 * takes them from Debian's {@code php-symfony-translation} package into a folder named by {@code
 * INDABA_XLIFF_SCHEMAS}; without it this test skips and says so.
 */
class XliffSchemaTest {

    @TempDir
    Path dir;

    private static Path schemas() {
        String where = System.getProperty("indaba.xliff.schemas", System.getenv("INDABA_XLIFF_SCHEMAS"));
        Path folder = where == null ? null : Path.of(where);
        assumeTrue(folder != null && Files.isRegularFile(folder.resolve("xliff-core-1.2-strict.xsd")),
                "XLIFF schemas not present (.ci/run fetches them; set INDABA_XLIFF_SCHEMAS): schema validation skipped");
        return folder;
    }

    private Project project() throws Exception {
        Project p = TestProjects.create(dir);
        Formats.importer("mmlu-csv").importFile(p, TestProjects.write(dir, "virology_dev.csv",
                "What is 2+2?,3,4,5,6,B\n\"Line one\r\nline two <b> & co\",a,b,c,d,A\n"), ImportOptions.defaults(),
                Progress.NONE);
        Formats.importer("winogrande-csv").importFile(p, TestProjects.write(dir, "wg.csv",
                "qID,Sentence,Option1,Option2,Answer\nq-1,Amina gave Chidi the umbrella because _ was out.,Amina,Chidi,\n"),
                ImportOptions.defaults(), Progress.NONE);
        Item first = p.items().byExternalId("virology_dev#1").orElseThrow();
        for (var e : java.util.Map.of("question", TranslationStatus.APPROVED, "A", TranslationStatus.TRANSLATED,
                "C", TranslationStatus.REVIEWED, "D", TranslationStatus.NEEDS_ADAPTATION).entrySet()) {
            p.translations().save(new Translations.Change(first.id(), e.getKey(), "am", "ጽሑፍ " + e.getKey(),
                    e.getValue(), Origin.HUMAN, "abebe", first.sourceHash(), null));
        }
        Item second = p.items().byExternalId("virology_dev#2").orElseThrow();
        p.translations().save(new Translations.Change(second.id(), "B", "am-x-mt", "ቢ ማሽን",
                TranslationStatus.TRANSLATED, Origin.MT, "google", second.sourceHash(), null));
        return p;
    }

    /** A schema whose import of the xml: namespace resolves to the local copy beside it, never to the network. */
    private static Schema schema(Path folder, String file) throws Exception {
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file");
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setResourceResolver(new LocalXml(folder.resolve("xml.xsd")));
        return factory.newSchema(folder.resolve(file).toFile());
    }

    @Test
    void xliff12ExportValidatesAgainstTheStrictSchema() throws Exception {
        Path folder = schemas();
        try (Project p = project()) {
            Path out = dir.resolve("am12.xlf");
            Formats.exporter("xliff12").export(p, new ExportOptions(out, "am", java.util.Map.of("matches", "mt,tm")),
                    Progress.NONE);
            schema(folder, "xliff-core-1.2-strict.xsd").newValidator().validate(new StreamSource(out.toFile()));
        }
    }

    @Test
    void xliff21ExportValidatesAgainstTheCoreSchema() throws Exception {
        Path folder = schemas();
        assumeTrue(Files.isRegularFile(folder.resolve("xliff-core-2.0.xsd")), "xliff-core-2.0.xsd not present");
        try (Project p = project()) {
            Path out = dir.resolve("am21.xlf");
            Formats.exporter("xliff").export(p, new ExportOptions(out, "am", java.util.Map.of("matches", "mt,tm")),
                    Progress.NONE);
            schema(folder, "xliff-core-2.0.xsd").newValidator().validate(new StreamSource(out.toFile()));
        }
    }

    /** Resolves the W3C xml.xsd import to a local file. */
    private record LocalXml(Path xmlXsd) implements LSResourceResolver {
        @Override
        public LSInput resolveResource(String type, String ns, String publicId, String systemId, String base) {
            if (!XMLConstants.XML_NS_URI.equals(ns)) {
                return null;
            }
            return new FileInput(xmlXsd);
        }
    }

    /** The least an {@link LSInput} needs to hand a file to the schema loader. */
    private record FileInput(Path file) implements LSInput {
        @Override public Reader getCharacterStream() { return null; }
        @Override public void setCharacterStream(Reader r) { }
        @Override public InputStream getByteStream() {
            try {
                return Files.newInputStream(file);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        @Override public void setByteStream(InputStream s) { }
        @Override public String getStringData() { return null; }
        @Override public void setStringData(String s) { }
        @Override public String getSystemId() { return file.toUri().toString(); }
        @Override public void setSystemId(String s) { }
        @Override public String getPublicId() { return null; }
        @Override public void setPublicId(String s) { }
        @Override public String getBaseURI() { return null; }
        @Override public void setBaseURI(String s) { }
        @Override public String getEncoding() { return null; }
        @Override public void setEncoding(String s) { }
        @Override public boolean getCertifiedText() { return false; }
        @Override public void setCertifiedText(boolean b) { }
    }
}
