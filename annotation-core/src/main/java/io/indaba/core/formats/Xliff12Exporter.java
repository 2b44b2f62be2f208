package io.indaba.core.formats;

import io.indaba.core.Cancelled;
import io.indaba.core.Progress;
import io.indaba.core.item.Item;
import io.indaba.core.project.Project;
import io.indaba.core.translate.Translation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * XLIFF 1.2 for CAT tools that do not read 2.x (OmegaT 3.6, many vendors): one {@code <file>} per collection, a
 * {@code <group>} per item whose context group carries the same metadata as the 2.1 export, one
 * {@code <trans-unit id="item/field">} per field, and machine or memory suggestions as {@code <alt-trans>}.
 */
public final class Xliff12Exporter implements Exporter {

    static final String XLIFF12 = "urn:oasis:names:tc:xliff:document:1.2";
    /** The tool id that marks a file as Indaba's own export, so its units land back on the same items. */
    static final String TOOL_ID = "indaba";

    @Override
    public String id() {
        return "xliff12";
    }

    @Override
    public String description() {
        return "XLIFF 1.2 for older CAT tools such as OmegaT 3.6 (--lang required), item metadata in context "
                + "groups, machine drafts (and with --set matches=mt,tm memory matches) as alt-trans";
    }

    @Override
    public ExportReport export(Project project, ExportOptions options, Progress progress) {
        if (options.out() == null || options.lang() == null) {
            throw new IllegalArgumentException("xliff12 needs --out and --lang");
        }
        String lang = options.lang();
        String source = project.settings().sourceLang();
        long[] units = {0};
        XliffCandidates candidates = new XliffCandidates(project, source, lang, options.flag("matches", "mt"));
        SafeXml.writeDocument(options.out(), w -> {
            w.setDefaultNamespace(XLIFF12);
            w.writeStartElement(XLIFF12, "xliff");
            w.writeDefaultNamespace(XLIFF12);
            w.writeAttribute("version", "1.2");
            for (String collection : project.items().collections()) {
                file(w, collection, source, lang);
                project.items().forEach(collection, item -> {
                    if (++units[0] % 1024 == 0 && progress.cancelled()) {
                        throw new Cancelled();
                    }
                    try {
                        group(w, item, project.translations().forItem(item.id(), lang), candidates.of(item));
                    } catch (XMLStreamException e) {
                        throw new IllegalStateException(e);
                    }
                });
                w.writeCharacters("\n  ");
                w.writeEndElement();
                w.writeCharacters("\n ");
                w.writeEndElement();
            }
            w.writeCharacters("\n");
            w.writeEndElement();
        });
        return new ExportReport(id(), List.of(options.out()), units[0], List.of());
    }

    /** Opens {@code <file>} and {@code <body>}; the header names Indaba as the tool that wrote it. */
    private static void file(XMLStreamWriter w, String collection, String source, String lang)
            throws XMLStreamException {
        w.writeCharacters("\n ");
        w.writeStartElement(XLIFF12, "file");
        w.writeAttribute("original", collection.isEmpty() ? "items" : collection);
        w.writeAttribute("source-language", source);
        w.writeAttribute("target-language", lang);
        w.writeAttribute("datatype", "plaintext");
        w.writeAttribute("tool-id", TOOL_ID);
        w.writeCharacters("\n  ");
        w.writeStartElement(XLIFF12, "header");
        w.writeEmptyElement(XLIFF12, "tool");
        w.writeAttribute("tool-id", TOOL_ID);
        w.writeAttribute("tool-name", "Indaba");
        w.writeEndElement();
        w.writeCharacters("\n  ");
        w.writeStartElement(XLIFF12, "body");
    }

    private static void group(XMLStreamWriter w, Item item, Map<String, Translation> tr,
                              Map<String, List<XliffCandidates.Match>> matches) throws XMLStreamException {
        if (item.fields().isEmpty()) {
            return; // a group needs at least one unit; an item without text has nothing to translate
        }
        w.writeCharacters("\n   ");
        w.writeStartElement(XLIFF12, "group");
        w.writeAttribute("id", XliffIds.encode(item.externalId()));
        w.writeAttribute("resname", item.externalId());
        w.writeAttribute("restype", "x-indaba-item");
        w.writeStartElement(XLIFF12, "context-group");
        // the schema wants context-group names unique within a <file>: one per item
        w.writeAttribute("name", "indaba:" + item.externalId());
        w.writeAttribute("purpose", "information");
        for (Map.Entry<String, String> m : XliffItemMeta.of(item).entrySet()) {
            w.writeStartElement(XLIFF12, "context");
            w.writeAttribute("context-type", "x-indaba-" + m.getKey());
            SafeXml.text(w, m.getValue(), null);
            w.writeEndElement();
        }
        w.writeEndElement();
        if (item.answer() != null) {
            // Shown by CAT tools that ignore context groups: the answer key is locked, only the text is translated.
            w.writeStartElement(XLIFF12, "note");
            w.writeAttribute("from", TOOL_ID);
            w.writeCharacters("locked answer key: " + item.answer());
            w.writeEndElement();
        }
        for (Map.Entry<String, String> f : item.fields().entrySet()) {
            unit(w, item, f.getKey(), f.getValue(), tr.get(f.getKey()), matches.getOrDefault(f.getKey(), List.of()));
        }
        w.writeCharacters("\n   ");
        w.writeEndElement();
    }

    private static void unit(XMLStreamWriter w, Item item, String field, String text, Translation t,
                             List<XliffCandidates.Match> matches) throws XMLStreamException {
        w.writeCharacters("\n    ");
        w.writeStartElement(XLIFF12, "trans-unit");
        w.writeAttribute("id", XliffIds.encode(item.externalId() + "/" + field));
        w.writeAttribute("resname", field);
        w.writeAttribute(XMLConstants.XML_NS_URI, "space", "preserve");
        w.writeStartElement(XLIFF12, "source");
        text(w, text);
        w.writeEndElement();
        if (t != null) {
            w.writeStartElement(XLIFF12, "target");
            w.writeAttribute("state", XliffStates.toXliff12(t.status()));
            text(w, t.text());
            w.writeEndElement();
        }
        for (XliffCandidates.Match m : matches) {
            w.writeStartElement(XLIFF12, "alt-trans");
            w.writeAttribute("origin", m.type() + ":" + m.origin());
            if (m.similarity() != null) {
                w.writeAttribute("match-quality", m.similarity() + "%");
            }
            w.writeAttribute("alttranstype", "proposal");
            w.writeStartElement(XLIFF12, "source");
            text(w, m.source());
            w.writeEndElement();
            w.writeStartElement(XLIFF12, "target");
            text(w, m.target());
            w.writeEndElement();
            w.writeEndElement();
        }
        w.writeEndElement();
    }

    /**
     * Text with the characters XML 1.0 cannot hold as {@code <x ctype="x-cp-XXXX"/>} placeholders (1.2 has no
     * {@code <cp>}), which the reader turns back into the character; CR as a reference so parsers keep it.
     */
    private static void text(XMLStreamWriter w, String s) throws XMLStreamException {
        int start = 0;
        int marks = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\r' || !SafeXml.allowed(s, i)) {
                w.writeCharacters(s.substring(start, i));
                if (c == '\r') {
                    w.writeEntityRef("#13");
                } else {
                    w.writeEmptyElement(XLIFF12, "x");
                    w.writeAttribute("id", "cp" + ++marks);
                    w.writeAttribute("ctype", String.format("x-cp-%04X", (int) c));
                }
                start = i + 1;
            }
        }
        w.writeCharacters(s.substring(start));
    }
}
