package io.indaba.core.formats;

import io.indaba.core.base.BadInputException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.XMLStreamWriter;

/**
 * StAX readers with DTDs and external entities off (no XXE, no entity expansion bombs), and writers whose text
 * survives a round trip through any XML parser.
 */
final class SafeXml {

    private static final XMLInputFactory INPUT = inputFactory();
    private static final XMLOutputFactory OUTPUT = XMLOutputFactory.newFactory();

    private SafeXml() {
    }

    private static XMLInputFactory inputFactory() {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        try {
            f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            f.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        } catch (IllegalArgumentException ignored) {
            // a StAX implementation without these properties: DTD support is off already
        }
        return f;
    }

    /** A reader over {@code in}; the encoding comes from the BOM or XML declaration (UTF-16 files work). */
    static XMLStreamReader reader(Path file, InputStream in) {
        try {
            return INPUT.createXMLStreamReader(in);
        } catch (XMLStreamException e) {
            throw bad(file, e);
        }
    }

    static XMLStreamWriter writer(OutputStream out) throws XMLStreamException {
        return OUTPUT.createXMLStreamWriter(out, "UTF-8");
    }

    /** What goes between an XML document's declaration and its end: the root element and all it holds. */
    @FunctionalInterface
    interface Body {
        void write(XMLStreamWriter w) throws XMLStreamException;
    }

    /**
     * Writes a UTF-8 XML document to {@code target} through {@link AtomicFile} (whole or not at all): the
     * declaration, {@code body}, a final newline. A failure names the file.
     */
    static void writeDocument(java.nio.file.Path target, Body body) {
        try {
            AtomicFile.write(target, out -> {
                try {
                    XMLStreamWriter w = writer(out);
                    w.writeStartDocument("UTF-8", "1.0");
                    w.writeCharacters("\n");
                    body.write(w);
                    w.writeCharacters("\n");
                    w.writeEndDocument();
                    w.flush();
                } catch (XMLStreamException e) {
                    throw new java.io.IOException(e.getMessage(), e);
                }
            });
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(target + ": cannot write: " + e.getMessage(), e);
        }
    }

    /** A parse error as bad input on its line. */
    static BadInputException bad(Path file, XMLStreamException e) {
        long line = e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getLineNumber());
        String m = String.valueOf(e.getMessage());
        int at = m.indexOf("Message: ");
        return new BadInputException(file, line, "not well-formed XML: " + (at >= 0 ? m.substring(at + 9) : m), e);
    }

    /**
     * Writes text so a parser reads back exactly it: CR as a character reference (parsers turn a raw CR into LF),
     * and characters XML 1.0 forbids as {@code cpElement} elements (XLIFF's {@code <cp hex="..."/>}), or dropped when
     * {@code cpElement} is null.
     */
    static void text(XMLStreamWriter w, String s, String cpElement) throws XMLStreamException {
        int start = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean cr = c == '\r';
            boolean forbidden = !cr && !allowed(s, i);
            if (cr || forbidden) {
                w.writeCharacters(s.substring(start, i));
                if (cr) {
                    w.writeEntityRef("#13");
                } else if (cpElement != null) {
                    w.writeEmptyElement(cpElement);
                    w.writeAttribute("hex", String.format("%04X", (int) c));
                }
                start = i + 1;
            }
        }
        w.writeCharacters(s.substring(start));
    }

    /** Whether the char at {@code i} may appear in XML 1.0 text (surrogates only as a valid pair). */
    static boolean allowed(String s, int i) {
        char c = s.charAt(i);
        if (c == '\t' || c == '\n' || c == '\r') {
            return true;
        }
        if (c < 0x20 || c == 0xFFFE || c == 0xFFFF) {
            return false;
        }
        if (Character.isHighSurrogate(c)) {
            return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
        }
        if (Character.isLowSurrogate(c)) {
            return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
        }
        return true;
    }
}
