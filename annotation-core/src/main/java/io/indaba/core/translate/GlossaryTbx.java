package io.indaba.core.translate;

import io.indaba.core.base.BadInputException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads TBX-Basic and TBX v2/v3 term bases: {@code termEntry|conceptEntry → langSet|langSec xml:lang →
 * tig|ntig|termSec → term}, with entry notes and definitions as the note. DTDs are never loaded and entity
 * declarations are refused, so a hostile file cannot read local files or expand without bound.
 */
final class GlossaryTbx {

    private static final Set<String> ROOTS = Set.of("martif", "tbx");
    private static final Set<String> ENTRIES = Set.of("termEntry", "conceptEntry");
    private static final Set<String> LANGUAGES = Set.of("langSet", "langSec");
    private static final Set<String> NOTES = Set.of("note", "descrip");

    /** What a file held for one pair, and how many entries lacked one of its languages. */
    record Result(List<GlossaryRow> rows, int skipped) {
    }

    private GlossaryTbx() {
    }

    static Result read(Path file, LanguagePair pair) {
        try (InputStream in = Files.newInputStream(file)) {
            XMLStreamReader xml = factory().createXMLStreamReader(in);
            try {
                return read(file, pair, xml);
            } finally {
                xml.close();
            }
        } catch (XMLStreamException e) {
            long line = e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getLineNumber());
            throw new BadInputException(file, line, "not well-formed TBX: " + firstLine(e.getMessage()), e);
        } catch (IOException e) {
            throw new BadInputException(file, 0, "cannot be read: " + e.getMessage(), e);
        }
    }

    private static XMLInputFactory factory() {
        XMLInputFactory f = XMLInputFactory.newDefaultFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        f.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        return f;
    }

    private static Result read(Path file, LanguagePair pair, XMLStreamReader xml) throws XMLStreamException {
        List<GlossaryRow> rows = new ArrayList<>();
        int skipped = 0;
        boolean rootSeen = false;
        Entry entry = null;
        String lang = null;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.DTD && xml.getText() != null && xml.getText().contains("<!ENTITY")) {
                throw new BadInputException(file, xml.getLocation().getLineNumber(),
                        "entity declarations are not allowed in a term base");
            }
            if (event == XMLStreamConstants.START_ELEMENT) {
                String name = xml.getLocalName();
                if (!rootSeen) {
                    if (!ROOTS.contains(name)) {
                        throw new BadInputException(file, xml.getLocation().getLineNumber(),
                                "not a TBX file: the root element is <" + name + ">, not <martif> or <tbx>");
                    }
                    rootSeen = true;
                } else if (ENTRIES.contains(name)) {
                    entry = new Entry(xml.getLocation().getLineNumber());
                } else if (entry != null && LANGUAGES.contains(name)) {
                    lang = language(xml);
                    if (lang == null) {
                        throw new BadInputException(file, xml.getLocation().getLineNumber(),
                                "<" + name + "> without xml:lang");
                    }
                } else if (entry != null && "term".equals(name)) {
                    String term = text(xml).strip();
                    if (lang != null && !term.isEmpty()) {
                        entry.add(pair, lang, term);
                    }
                } else if (entry != null && NOTES.contains(name)) {
                    entry.note(text(xml).strip());
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                String name = xml.getLocalName();
                if (LANGUAGES.contains(name)) {
                    lang = null;
                } else if (entry != null && ENTRIES.contains(name)) {
                    if (entry.sources.isEmpty() || entry.targets.isEmpty()) {
                        skipped++;
                    } else {
                        entry.rows(rows);
                    }
                    entry = null;
                }
            }
        }
        if (!rootSeen) {
            throw new BadInputException(file, 0, "not a TBX file: no root element");
        }
        return new Result(rows, skipped);
    }

    private static String language(XMLStreamReader xml) {
        String lang = xml.getAttributeValue(XMLConstants.XML_NS_URI, "lang");
        for (int i = 0; lang == null && i < xml.getAttributeCount(); i++) {
            if ("lang".equals(xml.getAttributeLocalName(i))) {
                lang = xml.getAttributeValue(i);
            }
        }
        return lang == null || lang.isBlank() ? null : lang;
    }

    /** The text of the current element, inline markup (e.g. {@code <hi>}) included as plain text. */
    private static String text(XMLStreamReader xml) throws XMLStreamException {
        StringBuilder out = new StringBuilder();
        int depth = 1;
        while (depth > 0) {
            int event = xml.next();
            switch (event) {
                case XMLStreamConstants.START_ELEMENT -> depth++;
                case XMLStreamConstants.END_ELEMENT -> depth--;
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
                        out.append(xml.getText());
                case XMLStreamConstants.ENTITY_REFERENCE -> throw new XMLStreamException(
                        "undeclared entity &" + xml.getLocalName() + ";", xml.getLocation());
                default -> {
                }
            }
        }
        return out.toString();
    }

    private static String firstLine(String message) {
        String m = message == null ? "" : message;
        int nl = m.lastIndexOf("Message: ");
        m = nl >= 0 ? m.substring(nl + 9) : m;
        int end = m.indexOf('\n');
        return end < 0 ? m : m.substring(0, end);
    }

    /** The terms and notes gathered from one entry. */
    private static final class Entry {
        final long line;
        final List<String> sources = new ArrayList<>();
        final List<String> targets = new ArrayList<>();
        final List<String> notes = new ArrayList<>();

        Entry(long line) {
            this.line = line;
        }

        void add(LanguagePair pair, String lang, String term) {
            if (LanguagePair.sameLanguage(pair.source(), lang)) {
                sources.add(term);
            } else if (LanguagePair.sameLanguage(pair.target(), lang)) {
                targets.add(term);
            }
        }

        void note(String text) {
            if (!text.isEmpty()) {
                notes.add(text);
            }
        }

        /** Every source term with every target term: synonyms on either side stay findable. */
        void rows(List<GlossaryRow> out) {
            String note = notes.isEmpty() ? null : String.join("; ", notes);
            for (String s : sources) {
                for (String t : targets) {
                    out.add(new GlossaryRow(line, s, t, note));
                }
            }
        }
    }
}
