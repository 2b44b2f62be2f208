package io.indaba.core.formats;

import io.indaba.core.Progress;
import io.indaba.core.project.Project;
import io.indaba.core.store.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The project's approved translations as a TMX 1.4b memory (all languages, or {@code --lang}); approved
 * translations whose source has changed since are left out, because their pairing no longer holds.
 */
public final class TmxExporter implements Exporter {

    @Override
    public String id() {
        return "tmx";
    }

    @Override
    public String description() {
        return "TMX 1.4b of the approved translations (optionally --lang)";
    }

    @Override
    public ExportReport export(Project project, ExportOptions options, Progress progress) {
        if (options.out() == null) {
            throw new IllegalArgumentException("--out is required");
        }
        String source = project.settings().sourceLang();
        long[] counts = new long[2];
        SafeXml.writeDocument(options.out(), w -> {
            w.writeStartElement("tmx");
            w.writeAttribute("version", "1.4");
            w.writeCharacters("\n ");
            w.writeEmptyElement("header");
            w.writeAttribute("creationtool", "Indaba");
            w.writeAttribute("creationtoolversion", "1");
            w.writeAttribute("segtype", "block");
            w.writeAttribute("o-tmf", "indaba");
            w.writeAttribute("adminlang", "en");
            w.writeAttribute("srclang", source);
            w.writeAttribute("datatype", "plaintext");
            w.writeCharacters("\n ");
            w.writeStartElement("body");
            units(project, options.lang(), source, w, counts, progress);
            w.writeCharacters("\n ");
            w.writeEndElement();
            w.writeCharacters("\n");
            w.writeEndElement();
        });
        List<String> notes = counts[1] == 0 ? List.of()
                : List.of(counts[1] + " approved translations left out: their source text changed since");
        return new ExportReport(id(), List.of(options.out()), counts[0], notes);
    }

    private static void units(Project project, String lang, String sourceLang, XMLStreamWriter w, long[] counts,
                              Progress progress) {
        project.database().read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT i.external_id, i.fields, t.field, t.lang, t.body, "
                    + "t.source_changed, t.updated_by, t.updated_at FROM translation t JOIN item i ON i.id = t.item_id "
                    + "WHERE t.status = 'approved'" + (lang == null ? "" : " AND t.lang = ?")
                    + " ORDER BY i.collection, i.position, i.id, t.lang, t.field")) {
                if (lang != null) {
                    ps.setString(1, lang);
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        if (rs.getInt(6) != 0) {
                            counts[1]++;
                            continue;
                        }
                        if (++counts[0] % 1024 == 0 && progress.cancelled()) {
                            throw new io.indaba.core.Cancelled();
                        }
                        Map<String, String> fields = Json.stringMap(rs.getString(2));
                        tu(w, rs.getString(1), rs.getString(3), fields.getOrDefault(rs.getString(3), ""),
                                rs.getString(4), rs.getString(5), rs.getString(7), sourceLang);
                    }
                }
            } catch (XMLStreamException e) {
                throw new IllegalStateException(e);
            }
            return null;
        });
    }

    private static void tu(XMLStreamWriter w, String itemId, String field, String sourceText, String lang,
                           String target, String author, String sourceLang) throws XMLStreamException {
        w.writeCharacters("\n  ");
        w.writeStartElement("tu");
        w.writeAttribute("tuid", itemId + "/" + field);
        w.writeAttribute("changeid", author);
        prop(w, "x-indaba-item", itemId);
        prop(w, "x-indaba-field", field);
        tuv(w, sourceLang, sourceText);
        tuv(w, lang, target);
        w.writeEndElement();
    }

    private static void prop(XMLStreamWriter w, String type, String value) throws XMLStreamException {
        w.writeStartElement("prop");
        w.writeAttribute("type", type);
        SafeXml.text(w, value, null);
        w.writeEndElement();
    }

    private static void tuv(XMLStreamWriter w, String lang, String text) throws XMLStreamException {
        w.writeStartElement("tuv");
        w.writeAttribute("xml", javax.xml.XMLConstants.XML_NS_URI, "lang", lang);
        w.writeStartElement("seg");
        SafeXml.text(w, text, null);
        w.writeEndElement();
        w.writeEndElement();
    }
}
