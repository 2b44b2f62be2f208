package io.indaba.core.formats;

import io.indaba.core.Progress;
import io.indaba.core.item.Item;
import io.indaba.core.project.Project;
import io.indaba.core.translate.Translation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * XLIFF 2.1 for CAT tools: one {@code <file>} per collection, one {@code <unit>} per item, one {@code <segment>} per
 * field with its {@code --lang} translation and state. Answer key, item id, kind and field names ride in the
 * Metadata module so a file that comes back lands on the same items.
 */
public final class XliffExporter implements Exporter {

    static final String XLIFF = "urn:oasis:names:tc:xliff:document:2.0";
    static final String MDA = "urn:oasis:names:tc:xliff:metadata:2.0";
    static final String MTC = "urn:oasis:names:tc:xliff:matches:2.0";

    @Override
    public String id() {
        return "xliff";
    }

    @Override
    public String description() {
        return "XLIFF 2.1 for CAT tools (--lang required), item metadata in mda:metadata, machine drafts "
                + "(and with --set matches=mt,tm memory matches) in mtc:matches";
    }

    @Override
    public ExportReport export(Project project, ExportOptions options, Progress progress) {
        if (options.out() == null || options.lang() == null) {
            throw new IllegalArgumentException("xliff needs --out and --lang");
        }
        String lang = options.lang();
        String source = project.settings().sourceLang();
        long[] units = {0};
        XliffCandidates candidates = new XliffCandidates(project, source, lang, options.flag("matches", "mt"));
        SafeXml.writeDocument(options.out(), w -> {
            w.setDefaultNamespace(XLIFF);
            w.setPrefix("mda", MDA);
            w.setPrefix("mtc", MTC);
            w.writeStartElement(XLIFF, "xliff");
            w.writeDefaultNamespace(XLIFF);
            w.writeNamespace("mda", MDA);
            w.writeNamespace("mtc", MTC);
            w.writeAttribute("version", "2.1");
            w.writeAttribute("srcLang", source);
            w.writeAttribute("trgLang", lang);
            for (String collection : project.items().collections()) {
                w.writeCharacters("\n ");
                w.writeStartElement(XLIFF, "file");
                w.writeAttribute("id", XliffIds.encode(collection.isEmpty() ? "items" : collection));
                w.writeAttribute("original", collection);
                project.items().forEach(collection, item -> {
                    if (++units[0] % 1024 == 0 && progress.cancelled()) {
                        throw new io.indaba.core.Cancelled();
                    }
                    try {
                        unit(w, item, project.translations().forItem(item.id(), lang), candidates.of(item));
                    } catch (XMLStreamException e) {
                        throw new IllegalStateException(e);
                    }
                });
                w.writeCharacters("\n ");
                w.writeEndElement();
            }
            w.writeCharacters("\n");
            w.writeEndElement();
        });
        return new ExportReport(id(), List.of(options.out()), units[0], List.of());
    }

    private static void unit(XMLStreamWriter w, Item item, Map<String, Translation> tr,
                             Map<String, List<XliffCandidates.Match>> matches) throws XMLStreamException {
        w.writeCharacters("\n  ");
        w.writeStartElement(XLIFF, "unit");
        w.writeAttribute("id", XliffIds.encode(item.externalId()));
        w.writeCharacters("\n   ");
        w.writeStartElement(MDA, "metadata");
        w.writeStartElement(MDA, "metaGroup");
        w.writeAttribute("category", "indaba");
        for (Map.Entry<String, String> m : XliffItemMeta.of(item).entrySet()) {
            meta(w, m.getKey(), m.getValue());
        }
        w.writeEndElement();
        w.writeStartElement(MDA, "metaGroup");
        w.writeAttribute("category", "indaba:fields");
        for (String field : item.fields().keySet()) {
            meta(w, field, field);
        }
        w.writeEndElement();
        w.writeEndElement();
        matches(w, matches);
        for (Map.Entry<String, String> f : item.fields().entrySet()) {
            Translation t = tr.get(f.getKey());
            w.writeCharacters("\n   ");
            w.writeStartElement(XLIFF, "segment");
            w.writeAttribute("id", XliffIds.encode(f.getKey()));
            w.writeAttribute("state", t == null ? "initial" : XliffStates.toXliff2(t.status()));
            w.writeStartElement(XLIFF, "source");
            SafeXml.text(w, f.getValue(), "cp");
            w.writeEndElement();
            if (t != null) {
                w.writeStartElement(XLIFF, "target");
                SafeXml.text(w, t.text(), "cp");
                w.writeEndElement();
            }
            w.writeEndElement();
        }
        w.writeCharacters("\n  ");
        w.writeEndElement();
    }

    /** Machine and memory suggestions in the Translation Candidates module; importers read only the segments. */
    private static void matches(XMLStreamWriter w, Map<String, List<XliffCandidates.Match>> matches) throws XMLStreamException {
        if (matches.isEmpty()) {
            return;
        }
        w.writeCharacters("\n   ");
        w.writeStartElement(MTC, "matches");
        for (Map.Entry<String, List<XliffCandidates.Match>> e : matches.entrySet()) {
            for (XliffCandidates.Match m : e.getValue()) {
                w.writeStartElement(MTC, "match");
                w.writeAttribute("ref", "#" + XliffIds.encode(e.getKey()));
                w.writeAttribute("type", m.type());
                w.writeAttribute("origin", m.origin());
                if (m.similarity() != null) {
                    w.writeAttribute("similarity", Integer.toString(m.similarity()));
                }
                w.writeStartElement(XLIFF, "source");
                SafeXml.text(w, m.source(), "cp");
                w.writeEndElement();
                w.writeStartElement(XLIFF, "target");
                SafeXml.text(w, m.target(), "cp");
                w.writeEndElement();
                w.writeEndElement();
            }
        }
        w.writeEndElement();
    }

    private static void meta(XMLStreamWriter w, String type, String value) throws XMLStreamException {
        w.writeStartElement(MDA, "meta");
        w.writeAttribute("type", type);
        SafeXml.text(w, value, null);
        w.writeEndElement();
    }
}
