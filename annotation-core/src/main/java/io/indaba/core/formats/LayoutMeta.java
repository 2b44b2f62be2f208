package io.indaba.core.formats;

import com.fasterxml.jackson.core.type.TypeReference;
import io.indaba.core.store.Json;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The item-metadata keys that remember how a file was written, so an untouched item exports exactly as it came.
 * Keys for the English file have no suffix; keys for a translated file end in {@code @<lang>}.
 */
final class LayoutMeta {

    static final String DIALECT = "csv";
    static final String QUOTING = "csv.quoting";
    static final String EOL = "csv.eol";
    static final String HEADER = "csv.header";
    static final String ANSWER_RAW = "answer.raw";

    private LayoutMeta() {
    }

    static String key(String base, String lang) {
        return lang == null ? base : base + "@" + lang;
    }

    /** The keys describing one CSV record of a file in {@code lang} (null for the source file). */
    static Map<String, String> ofRow(String lang, CsvDialect dialect, CsvRow row, List<String> header) {
        Map<String, String> meta = new LinkedHashMap<>();
        meta.put(key(DIALECT, lang), dialect.encode());
        if (row.quoting() != null) {
            meta.put(key(QUOTING, lang), row.quoting());
        }
        if (row.eol() != null) {
            meta.put(key(EOL, lang), row.eol());
        }
        if (header != null) {
            meta.put(key(HEADER, lang), Json.write(header));
        }
        return meta;
    }

    static CsvDialect dialect(Map<String, String> meta, String lang) {
        String own = meta.get(key(DIALECT, lang));
        return CsvDialect.decode(own != null ? own : meta.get(DIALECT));
    }

    /** The quoting mask of a file in {@code lang}; a translated file never borrows the source file's mask. */
    static String quoting(Map<String, String> meta, String lang) {
        return meta.get(key(QUOTING, lang));
    }

    static String eol(Map<String, String> meta, String lang) {
        return meta.get(key(EOL, lang));
    }

    /** The header cells, or null when the file had none. */
    static List<String> header(Map<String, String> meta, String lang) {
        String json = meta.get(key(HEADER, lang));
        if (json == null) {
            return null;
        }
        try {
            return Json.MAPPER.readValue(json, new TypeReference<List<String>>() { });
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return null;
        }
    }

    /** The answer as the file in {@code lang} spelled it, else as the source file did, else the canonical one. */
    static String answerRaw(Map<String, String> meta, String lang, String canonical) {
        String own = meta.get(key(ANSWER_RAW, lang));
        if (own != null) {
            return own;
        }
        if (lang != null && meta.containsKey(key(DIALECT, lang))) {
            // The translated file was imported and spelled the answer canonically.
            return canonical;
        }
        String source = meta.get(ANSWER_RAW);
        return source != null ? source : canonical;
    }

    /** Keeps a projection of a wider record's quoting mask (e.g. the English columns of a bilingual row). */
    static String project(String quoting, int... columns) {
        if (quoting == null) {
            return null;
        }
        StringBuilder b = new StringBuilder();
        for (int c : columns) {
            b.append(c >= 0 && c < quoting.length() ? quoting.charAt(c) : ' ');
        }
        String s = b.toString();
        return s.chars().allMatch(ch -> ch == ' ') ? null : s;
    }
}
