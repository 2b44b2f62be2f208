package io.indaba.core.formats;

import io.indaba.core.base.BadInputException;
import io.indaba.core.base.LanguageTags;
import io.indaba.core.translate.MemoryEntry;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads TMX 1.4b ({@code <header srclang>}, {@code <tu>} with {@code <tuv xml:lang><seg>}, {@code <prop>} and
 * {@code <note>}) into memory entries: one per target-language variant of each unit. UTF-16 files work.
 */
final class TmxReader {

    private final Path file;
    private final String fallbackSource;
    private final BadRows bad;
    private XMLStreamReader r;
    private String srcLang;

    private TmxReader(Path file, String fallbackSource, BadRows bad) {
        this.file = file;
        this.fallbackSource = fallbackSource;
        this.bad = bad;
    }

    /** One entry and the line of its unit. */
    record Read(long line, MemoryEntry entry) {
    }

    static List<Read> read(Path file, String projectSource, BadRows bad) {
        TmxReader t = new TmxReader(file, projectSource, bad);
        try (InputStream in = Files.newInputStream(file)) {
            t.r = SafeXml.reader(file, in);
            try {
                return t.document();
            } finally {
                t.r.close();
            }
        } catch (XMLStreamException e) {
            throw SafeXml.bad(file, e);
        } catch (IOException e) {
            throw new BadInputException(file, 0, "cannot read: " + e.getMessage(), e);
        }
    }

    private List<Read> document() throws XMLStreamException {
        List<Read> out = new ArrayList<>();
        boolean root = false;
        while (r.hasNext()) {
            int ev = r.next();
            if (ev == XMLStreamConstants.DTD) {
                // TMX files sometimes name tmx14.dtd; it is skipped, never fetched.
                continue;
            }
            if (ev != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            String name = r.getLocalName();
            if (!root) {
                if (!"tmx".equals(name)) {
                    throw new BadInputException(file, line(), "not TMX: the root element is <" + name + ">");
                }
                root = true;
            } else if ("header".equals(name)) {
                String s = r.getAttributeValue(null, "srclang");
                srcLang = s == null || s.equalsIgnoreCase("*all*") ? fallbackSource : tag(s);
            } else if ("tu".equals(name)) {
                long line = line();
                try {
                    tu(line, out);
                } catch (BadInputException e) {
                    bad.add(e);
                }
            }
        }
        if (!root) {
            throw new BadInputException(file, 0, "empty XML document");
        }
        return out;
    }

    private void tu(long line, List<Read> out) throws XMLStreamException {
        Map<String, String> meta = new LinkedHashMap<>();
        String tuid = r.getAttributeValue(null, "tuid");
        if (tuid != null) {
            meta.put("tuid", tuid);
        }
        Map<String, String> variants = new LinkedHashMap<>();
        int notes = 0;
        BadInputException deferred = null;
        while (true) {
            int ev = r.next();
            if (ev == XMLStreamConstants.END_ELEMENT && "tu".equals(r.getLocalName())) {
                break;
            }
            if (ev != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            switch (r.getLocalName()) {
                case "prop" -> {
                    String type = String.valueOf(r.getAttributeValue(null, "type"));
                    meta.put("prop:" + type, text(false));
                }
                case "note" -> meta.put(notes++ == 0 ? "note" : "note" + notes, text(false));
                case "tuv" -> {
                    String lang = r.getAttributeValue(XMLConstants.XML_NS_URI, "lang");
                    if (lang == null) {
                        lang = r.getAttributeValue(null, "lang");
                    }
                    String seg = tuv();
                    try {
                        if (lang == null) {
                            throw new BadInputException(file, line, "<tuv> without xml:lang");
                        }
                        if (seg != null) {
                            variants.put(tag(lang), seg);
                        }
                    } catch (BadInputException e) {
                        deferred = deferred == null ? e : deferred;
                    }
                }
                default -> { }
            }
        }
        if (deferred != null) {
            throw deferred;
        }
        String source = srcLang == null ? fallbackSource : srcLang;
        String sourceText = variants.get(source);
        if (sourceText == null) {
            sourceText = variants.entrySet().stream().filter(e -> sameLanguage(e.getKey(), source))
                    .map(Map.Entry::getValue).findFirst().orElse(null);
        }
        if (sourceText == null) {
            throw new BadInputException(file, line, "the unit has no " + source + " variant");
        }
        for (Map.Entry<String, String> v : variants.entrySet()) {
            if (!sameLanguage(v.getKey(), source)) {
                out.add(new Read(line, MemoryEntry.of(source, v.getKey(), sourceText, v.getValue(),
                        "tmx:" + file.getFileName(), meta)));
            }
        }
    }

    /** The {@code <seg>} text of the {@code <tuv>} being read. */
    private String tuv() throws XMLStreamException {
        String seg = null;
        while (true) {
            int ev = r.next();
            if (ev == XMLStreamConstants.END_ELEMENT && "tuv".equals(r.getLocalName())) {
                return seg;
            }
            if (ev == XMLStreamConstants.START_ELEMENT && "seg".equals(r.getLocalName())) {
                seg = text(true);
            }
        }
    }

    /**
     * The element's text. In a {@code <seg>}, the native codes inside {@code <bpt>, <ept>, <ph>, <it>, <ut>} are
     * formatting of the original document, not text, and are left out; {@code <hi>} text stays.
     */
    private String text(boolean seg) throws XMLStreamException {
        StringBuilder b = new StringBuilder();
        int depth = 1;
        int codeDepth = 0;
        while (depth > 0) {
            int ev = r.next();
            if (ev == XMLStreamConstants.START_ELEMENT) {
                depth++;
                if (seg && List.of("bpt", "ept", "ph", "it", "ut").contains(r.getLocalName())) {
                    codeDepth = codeDepth == 0 ? depth : codeDepth;
                }
            } else if (ev == XMLStreamConstants.END_ELEMENT) {
                if (depth == codeDepth) {
                    codeDepth = 0;
                }
                depth--;
            } else if ((ev == XMLStreamConstants.CHARACTERS || ev == XMLStreamConstants.CDATA
                    || ev == XMLStreamConstants.SPACE) && codeDepth == 0) {
                b.append(r.getText());
            }
        }
        return b.toString();
    }

    private String tag(String lang) {
        try {
            return LanguageTags.validate(lang);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(file, line(), e.getMessage());
        }
    }

    /** {@code en} and {@code en-US} are the same source language for a memory. */
    private static boolean sameLanguage(String a, String b) {
        String x = a.toLowerCase(Locale.ROOT);
        String y = b.toLowerCase(Locale.ROOT);
        return x.equals(y) || x.startsWith(y + "-") || y.startsWith(x + "-");
    }

    private long line() {
        return r.getLocation() == null ? 0 : r.getLocation().getLineNumber();
    }
}
