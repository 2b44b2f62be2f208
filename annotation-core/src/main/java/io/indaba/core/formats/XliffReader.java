package io.indaba.core.formats;

import io.indaba.core.base.BadInputException;
import io.indaba.core.translate.TranslationStatus;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads XLIFF 1.2 and 2.x into units. 2.x: {@code <unit id>} with {@code <segment id state>}, the item id from
 * Indaba's metadata when present. 1.2: a {@code <trans-unit id>} per unit whose segments are
 * {@code <mrk mtype="seg" mid>} in {@code <seg-source>}/{@code <target>}, or a trans-unit per field with an id
 * {@code <unit>/<field>}.
 */
final class XliffReader {

    private static final String V12 = "urn:oasis:names:tc:xliff:document:1.2";

    private final Path file;
    private XMLStreamReader r;
    private String targetLang;
    private String original;
    private boolean indaba;

    private XliffReader(Path file) {
        this.file = file;
    }

    /**
     * What the file holds: its target language (may be null) and version, and whether Indaba wrote it (its
     * metadata or tool id is there), so its units name existing items.
     */
    record Header(String targetLang, String version, boolean indaba) {
    }

    /** Reads every unit, handing each to {@code sink}; returns the header. */
    static Header read(Path file, Consumer<XliffUnit> sink) {
        XliffReader x = new XliffReader(file);
        try (InputStream in = Files.newInputStream(file)) {
            x.r = SafeXml.reader(file, in);
            try {
                return x.document(sink);
            } finally {
                x.r.close();
            }
        } catch (XMLStreamException e) {
            throw SafeXml.bad(file, e);
        } catch (IOException e) {
            throw new BadInputException(file, 0, "cannot read: " + e.getMessage(), e);
        }
    }

    private Header document(Consumer<XliffUnit> sink) throws XMLStreamException {
        while (r.hasNext()) {
            int ev = r.next();
            if (ev == XMLStreamConstants.DTD) {
                throw new BadInputException(file, line(), "DOCTYPE declarations are not accepted in XLIFF");
            }
            if (ev == XMLStreamConstants.START_ELEMENT) {
                if (!"xliff".equals(r.getLocalName())) {
                    throw new BadInputException(file, line(), "not XLIFF: the root element is <" + r.getLocalName()
                            + ">");
                }
                String version = attr("version");
                boolean v12 = V12.equals(r.getNamespaceURI()) || (version != null && version.startsWith("1."));
                targetLang = attr("trgLang");
                if (v12) {
                    body12(sink);
                } else {
                    body2(sink);
                }
                return new Header(targetLang, v12 ? "1.2" : version == null ? "unstated" : version, indaba);
            }
        }
        throw new BadInputException(file, 0, "empty XML document");
    }

    private void body2(Consumer<XliffUnit> sink) throws XMLStreamException {
        int depth = 1;
        while (depth > 0 && r.hasNext()) {
            int ev = r.next();
            if (ev == XMLStreamConstants.START_ELEMENT) {
                if ("unit".equals(r.getLocalName())) {
                    sink.accept(unit2());
                } else {
                    if ("file".equals(r.getLocalName())) {
                        original = attr("original") != null ? attr("original") : attr("id");
                    }
                    depth++;
                }
            } else if (ev == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }

    private XliffUnit unit2() throws XMLStreamException {
        long line = line();
        String id = required("id");
        String externalId = XliffIds.decode(id);
        List<XliffUnit.Segment> segments = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        while (r.hasNext()) {
            int ev = r.next();
            if (ev == XMLStreamConstants.END_ELEMENT && "unit".equals(r.getLocalName())) {
                break;
            }
            if (ev != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            String name = r.getLocalName();
            if ("metaGroup".equals(name) && "indaba".equals(attr("category"))) {
                indaba = true;
            } else if ("meta".equals(name) && XliffExporter.MDA.equals(r.getNamespaceURI())
                    && "id".equals(attr("type"))) {
                externalId = text();
            } else if ("matches".equals(name)) {
                skip("matches"); // suggestions, never targets
            } else if ("note".equals(name)) {
                notes.add(text());
            } else if ("segment".equals(name)) {
                String segId = attr("id");
                String state = attr("state");
                String[] st = sourceTarget("segment");
                segments.add(new XliffUnit.Segment(segId == null ? null : XliffIds.decode(segId), st[0], st[1],
                        XliffStates.fromXliff2(state), state != null));
            }
        }
        return new XliffUnit(line, externalId, segments, XliffIds.decode(id), original, notes);
    }

    /** Reads past the end of {@code element}, ignoring what it holds. */
    private void skip(String element) throws XMLStreamException {
        int depth = 1;
        while (depth > 0 && r.hasNext()) {
            int ev = r.next();
            if (ev == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (ev == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }

    /** Source and target text of the element being read, up to its end tag. */
    private String[] sourceTarget(String element) throws XMLStreamException {
        String[] st = new String[2];
        while (r.hasNext()) {
            int ev = r.next();
            if (ev == XMLStreamConstants.END_ELEMENT && element.equals(r.getLocalName())) {
                break;
            }
            if (ev == XMLStreamConstants.START_ELEMENT) {
                if ("source".equals(r.getLocalName())) {
                    st[0] = text();
                } else if ("target".equals(r.getLocalName())) {
                    st[1] = text();
                }
            }
        }
        return st;
    }

    private void body12(Consumer<XliffUnit> sink) throws XMLStreamException {
        int depth = 1;
        while (depth > 0 && r.hasNext()) {
            int ev = r.next();
            if (ev == XMLStreamConstants.START_ELEMENT) {
                if ("file".equals(r.getLocalName())) {
                    original = attr("original");
                    indaba |= Xliff12Exporter.TOOL_ID.equals(attr("tool-id"));
                    if (attr("target-language") != null && targetLang == null) {
                        targetLang = attr("target-language");
                    }
                }
                if ("trans-unit".equals(r.getLocalName())) {
                    sink.accept(transUnit());
                } else {
                    depth++;
                }
            } else if (ev == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }

    private XliffUnit transUnit() throws XMLStreamException {
        long line = line();
        String id = XliffIds.decode(required("id"));
        String source = null;
        String target = null;
        String state = null;
        List<String[]> segSource = new ArrayList<>();
        List<String[]> segTarget = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        while (r.hasNext()) {
            int ev = r.next();
            if (ev == XMLStreamConstants.END_ELEMENT && "trans-unit".equals(r.getLocalName())) {
                break;
            }
            if (ev != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            switch (r.getLocalName()) {
                case "source" -> source = text();
                case "seg-source" -> marks("seg-source", segSource);
                case "target" -> {
                    state = attr("state");
                    List<String[]> marks = new ArrayList<>();
                    target = textWithMarks(marks);
                    segTarget.addAll(marks);
                }
                case "alt-trans" -> skip("alt-trans"); // suggestions: their source and target are not the unit's
                case "note" -> notes.add(text());
                default -> { }
            }
        }
        TranslationStatus status = XliffStates.fromXliff12(state);
        List<XliffUnit.Segment> segments = new ArrayList<>();
        if (!segSource.isEmpty()) {
            for (String[] s : segSource) {
                String t = segTarget.stream().filter(m -> m[0].equals(s[0])).map(m -> m[1]).findFirst().orElse(null);
                segments.add(new XliffUnit.Segment(s[0], s[1], t, status, state != null));
            }
            return new XliffUnit(line, id, segments, id, original, notes);
        }
        int slash = id.lastIndexOf('/');
        String unit = slash > 0 ? id.substring(0, slash) : id;
        String field = slash > 0 ? id.substring(slash + 1) : null;
        segments.add(new XliffUnit.Segment(field, source, target, status, state != null));
        return new XliffUnit(line, unit, segments, id, original, notes);
    }

    /** Collects {@code <mrk mtype="seg" mid>} texts inside {@code element}. */
    private void marks(String element, List<String[]> out) throws XMLStreamException {
        while (r.hasNext()) {
            int ev = r.next();
            if (ev == XMLStreamConstants.END_ELEMENT && element.equals(r.getLocalName())) {
                return;
            }
            if (ev == XMLStreamConstants.START_ELEMENT && "mrk".equals(r.getLocalName())
                    && "seg".equals(attr("mtype"))) {
                out.add(new String[] {XliffIds.decode(String.valueOf(attr("mid"))), text()});
            }
        }
    }

    /** A 1.2 target's whole text, also collecting its segment marks. */
    private String textWithMarks(List<String[]> marks) throws XMLStreamException {
        StringBuilder all = new StringBuilder();
        int depth = 1;
        while (depth > 0) {
            int ev = r.next();
            if (ev == XMLStreamConstants.START_ELEMENT) {
                if ("mrk".equals(r.getLocalName()) && "seg".equals(attr("mtype"))) {
                    String mid = XliffIds.decode(String.valueOf(attr("mid")));
                    String t = text();
                    marks.add(new String[] {mid, t});
                    all.append(t);
                } else {
                    depth++;
                    cp(all);
                }
            } else if (ev == XMLStreamConstants.END_ELEMENT) {
                depth--;
            } else if (ev == XMLStreamConstants.CHARACTERS || ev == XMLStreamConstants.CDATA
                    || ev == XMLStreamConstants.SPACE) {
                all.append(r.getText());
            }
        }
        return all.toString();
    }

    /**
     * The text content of the current element, inline markup flattened: {@code <cp hex>} becomes its character,
     * the text inside {@code <pc>}, {@code <mrk>}, {@code <g>} is kept, placeholders without text drop out.
     */
    private String text() throws XMLStreamException {
        StringBuilder b = new StringBuilder();
        int depth = 1;
        while (depth > 0) {
            int ev = r.next();
            if (ev == XMLStreamConstants.START_ELEMENT) {
                depth++;
                cp(b);
            } else if (ev == XMLStreamConstants.END_ELEMENT) {
                depth--;
            } else if (ev == XMLStreamConstants.CHARACTERS || ev == XMLStreamConstants.CDATA
                    || ev == XMLStreamConstants.SPACE) {
                b.append(r.getText());
            }
        }
        return b.toString();
    }

    private void cp(StringBuilder b) {
        String ctype = attr("ctype");
        boolean x12 = "x".equals(r.getLocalName()) && ctype != null && ctype.startsWith("x-cp-");
        if ("cp".equals(r.getLocalName()) || x12) {
            // XLIFF 1.2 has no <cp>: Indaba's 1.2 export writes <x ctype="x-cp-XXXX"/> instead
            String hex = x12 ? ctype.substring(5) : attr("hex");
            try {
                int c = Integer.parseInt(String.valueOf(hex), 16);
                if (!Character.isValidCodePoint(c)) {
                    throw new NumberFormatException();
                }
                b.appendCodePoint(c);
            } catch (NumberFormatException e) {
                throw new BadInputException(file, line(), "<cp hex=\"" + hex + "\"> is not a code point");
            }
        }
    }

    private String attr(String name) {
        return r.getAttributeValue(null, name);
    }

    private String required(String name) {
        String v = attr(name);
        if (v == null || v.isBlank()) {
            throw new BadInputException(file, line(), "<" + r.getLocalName() + "> without " + name);
        }
        return v;
    }

    private long line() {
        return r.getLocation() == null ? 0 : r.getLocation().getLineNumber();
    }
}
