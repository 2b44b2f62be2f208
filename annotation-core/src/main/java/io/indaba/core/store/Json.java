package io.indaba.core.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;

/** The one JSON mapper of the core, for the JSON documents kept in TEXT columns. */
public final class Json {

    /** Shared, thread-safe mapper. */
    public static final ObjectMapper MAPPER = new ObjectMapper();

    private static final TypeReference<LinkedHashMap<String, String>> STRING_MAP = new TypeReference<>() { };

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
            return MAPPER.readValue(json, STRING_MAP);
        } catch (JsonProcessingException e) {
            throw new StoreException("stored JSON is damaged: " + e.getOriginalMessage(), e);
        }
    }

    /** Writes a map of strings with its order kept. */
    public static String stringMap(Map<String, String> map) {
        return write(map == null ? Map.of() : map);
    }
}
