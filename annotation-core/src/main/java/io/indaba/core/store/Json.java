package io.indaba.core.store;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/** The one JSON mapper of the core, for the JSON documents kept in TEXT columns. */
public final class Json {

    /**
     * Shared, thread-safe mapper. Characters outside the BMP (emoji, some historic scripts) go into UTF-8 output as
     * themselves, not as escaped surrogate pairs: the form Python's {@code json.dumps(ensure_ascii=False)} writes,
     * and the one {@link com.fasterxml.jackson.core.io.JsonStringEncoder#quoteAsUTF8} gives the exports; control
     * characters and floats are written as Python writes them too (see {@link PythonJson}).
     */
    public static final ObjectMapper MAPPER = mapper();

    private static ObjectMapper mapper() {
        JsonFactory factory = JsonFactory.builder().enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8).build();
        factory.setCharacterEscapes(PythonJson.ESCAPES);
        return new ObjectMapper(factory).registerModule(PythonJson.module());
    }

    private static final ObjectReader STRING_MAP = MAPPER.readerFor(new TypeReference<LinkedHashMap<String, String>>() { });
    private static final ObjectReader OBJECT_MAP = MAPPER.readerFor(new TypeReference<LinkedHashMap<String, Object>>() { });
    private static final char[] HEX = "0123456789abcdef".toCharArray(); // lowercase, as Python and the mapper write

    private Json() {
    }

    /** Serialises a value; values here are plain maps and records, so failure is a programming error. */
    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise " + value.getClass().getSimpleName(), e);
        }
    }

    /** Reads an ordered map of strings; null or empty text gives an empty map. */
    public static LinkedHashMap<String, String> stringMap(String json) {
        if (json == null || json.isEmpty()) {
            return new LinkedHashMap<>();
        }
        try {
            @SuppressWarnings("unchecked")
            LinkedHashMap<String, String> flat = (LinkedHashMap<String, String>) (Map<String, ?>) flat(json, true);
            return flat != null ? flat : STRING_MAP.readValue(json);
        } catch (JsonProcessingException e) {
            throw new StoreException("stored JSON is damaged: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new StoreException("stored JSON is unreadable: " + e.getMessage(), e);
        }
    }

    /**
     * Reads a JSON object into an ordered map with the value types data binding gives (String, Integer, Long,
     * BigInteger, Double, Boolean, null, nested List and Map); "{}" and null give an empty map.
     */
    public static Map<String, Object> object(String json) throws IOException {
        if (json == null || json.equals("{}")) {
            return Map.of();
        }
        Map<String, Object> flat = flat(json, false);
        return flat != null ? flat : OBJECT_MAP.readValue(json);
    }

    /**
     * The common case of {@link #object} and {@link #stringMap} without data binding, which costs more than the
     * parsing for the small objects stored per row: an object of scalar values (only strings when
     * {@code stringsOnly}) read token by token. Null when the text is anything else, for data binding to read.
     */
    private static LinkedHashMap<String, Object> flat(String json, boolean stringsOnly) throws IOException {
        try (JsonParser p = MAPPER.getFactory().createParser(json)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            LinkedHashMap<String, Object> out = new LinkedHashMap<>();
            for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
                JsonToken t = p.nextToken();
                Object value;
                if (t == JsonToken.VALUE_STRING) {
                    value = p.getText();
                } else if (stringsOnly) {
                    return null;
                } else if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
                    value = p.getNumberValue();
                } else if (t == JsonToken.VALUE_TRUE || t == JsonToken.VALUE_FALSE) {
                    value = t == JsonToken.VALUE_TRUE;
                } else if (t == JsonToken.VALUE_NULL) {
                    value = null;
                } else {
                    return null;
                }
                out.put(name, value);
            }
            return p.currentToken() == JsonToken.END_OBJECT ? out : null;
        }
    }

    /** Writes a map of strings with its order kept; the same text as {@link #write} gives. */
    public static String stringMap(Map<String, String> map) {
        if (map == null || map.isEmpty()) {
            return "{}";
        }
        // Written by hand because an import calls this twice per item: a generator per call costs several times more.
        StringBuilder out = new StringBuilder(64 * map.size());
        out.append('{');
        for (Map.Entry<String, String> e : map.entrySet()) {
            if (out.length() > 1) {
                out.append(',');
            }
            quote(out, e.getKey());
            out.append(':');
            quote(out, e.getValue());
        }
        return out.append('}').toString();
    }

    private static void quote(StringBuilder out, String text) {
        if (text == null) {
            out.append("null");
            return;
        }
        out.append('"');
        int plain = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x20 && c != '"' && c != '\\') {
                continue;
            }
            out.append(text, plain, i);
            plain = i + 1;
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> out.append("\\u00").append(HEX[c >> 4]).append(HEX[c & 0xF]);
            }
        }
        out.append(text, plain, text.length()).append('"');
    }
}
