package io.indaba.core.formats;

import io.indaba.core.Progress;
import io.indaba.core.project.Project;
import io.indaba.core.translate.Glossary;
import io.indaba.core.translate.GlossaryTerm;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The glossary of one target language ({@code --lang}) as a TBX v3 term base ({@code tbx}: TBX-Core, one concept
 * entry per term pair, the note as a {@code note}) or as CSV ({@code glossary-csv}: source, target, note with a
 * header). Both import back as they were written.
 */
public final class GlossaryExporter implements Exporter {

    private static final String TBX_NS = "urn:iso:std:iso:30042:ed-2";

    private final boolean tbx;

    private GlossaryExporter(boolean tbx) {
        this.tbx = tbx;
    }

    /** TBX v3 (ISO 30042:2019), TBX-Core dialect. */
    public static GlossaryExporter tbx() {
        return new GlossaryExporter(true);
    }

    /** RFC 4180 CSV with a header: source, target, note. */
    public static GlossaryExporter csv() {
        return new GlossaryExporter(false);
    }

    @Override
    public String id() {
        return tbx ? "tbx" : "glossary-csv";
    }

    @Override
    public String description() {
        return tbx ? "the glossary of --lang as a TBX v3 term base" : "the glossary of --lang as CSV (source, target, note)";
    }

    @Override
    public ExportReport export(Project project, ExportOptions options, Progress progress) {
        if (options.out() == null) {
            throw new IllegalArgumentException("--out is required");
        }
        List<String> targets = project.settings().targetLangs();
        String lang = options.lang() != null ? options.lang() : targets.size() == 1 ? targets.get(0) : null;
        if (lang == null) {
            throw new IllegalArgumentException("a glossary belongs to one target language; pass --lang ("
                    + String.join(", ", targets) + ")");
        }
        List<GlossaryTerm> terms = Glossary.of(project, lang).terms();
        String source = project.settings().sourceLang();
        if (tbx) {
            SafeXml.writeDocument(options.out(), w -> writeTbx(w, source, lang, terms));
        } else {
            try {
                AtomicFile.write(options.out(), out -> {
                    Writer text = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                    writeCsv(text, terms);
                    text.flush();
                });
            } catch (IOException e) {
                throw new UncheckedIOException(options.out() + ": cannot write: " + e.getMessage(), e);
            }
        }
        List<String> notes = terms.isEmpty() ? List.of("the " + source + " → " + lang + " glossary is empty") : List.of();
        return new ExportReport(id(), List.of(options.out()), terms.size(), notes);
    }

    private static void writeCsv(Writer out, List<GlossaryTerm> terms) throws IOException {
        CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader("source", "target", "note").get());
        for (GlossaryTerm t : terms) {
            csv.printRecord(t.source(), t.target(), t.note() == null ? "" : t.note());
        }
        csv.flush();
    }

    private static void writeTbx(XMLStreamWriter w, String source, String lang, List<GlossaryTerm> terms)
            throws XMLStreamException {
        w.writeStartElement("tbx");
        w.writeDefaultNamespace(TBX_NS);
        w.writeAttribute("type", "TBX-Core");
        w.writeAttribute("style", "dca");
        w.writeAttribute("xml", XMLConstants.XML_NS_URI, "lang", source);
        w.writeCharacters("\n  ");
        w.writeStartElement("tbxHeader");
        w.writeStartElement("fileDesc");
        w.writeStartElement("sourceDesc");
        w.writeStartElement("p");
        SafeXml.text(w, "Indaba glossary " + source + " → " + lang, null);
        w.writeEndElement();
        w.writeEndElement();
        w.writeEndElement();
        w.writeEndElement();
        w.writeCharacters("\n  ");
        w.writeStartElement("text");
        w.writeStartElement("body");
        int n = 0;
        for (GlossaryTerm t : terms) {
            w.writeCharacters("\n    ");
            w.writeStartElement("conceptEntry");
            w.writeAttribute("id", "c" + (++n));
            langSec(w, source, t.source(), t.note());
            langSec(w, lang, t.target(), null);
            w.writeEndElement();
        }
        w.writeCharacters("\n  ");
        w.writeEndElement();
        w.writeEndElement();
        w.writeCharacters("\n");
        w.writeEndElement();
    }

    private static void langSec(XMLStreamWriter w, String lang, String term, String note) throws XMLStreamException {
        w.writeStartElement("langSec");
        w.writeAttribute("xml", XMLConstants.XML_NS_URI, "lang", lang);
        w.writeStartElement("termSec");
        w.writeStartElement("term");
        SafeXml.text(w, term, null);
        w.writeEndElement();
        if (note != null && !note.isBlank()) {
            w.writeStartElement("note");
            SafeXml.text(w, note, null);
            w.writeEndElement();
        }
        w.writeEndElement();
        w.writeEndElement();
    }
}
