package io.indaba.core.formats;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import io.indaba.core.base.BadInputException;
import io.indaba.core.store.Json;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one JSON record of an input file strictly: a key repeated in one object and a number too large for a double
 * (which would be stored as "Infinity") are errors naming the file and line, never "last one wins".
 */
final class InputJson {

    private static final ObjectReader READER = Json.MAPPER.reader()
            .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .with(StreamReadFeature.STRICT_DUPLICATE_DETECTION);
    private static final Pattern DUPLICATE = Pattern.compile("Duplicate (?:Object property|field) \"?'?([^\"']*)");

    private InputJson() {
    }

    /** Parses one line of JSON Lines. */
    static JsonNode read(Path file, long line, String text) {
        JsonNode node;
        try {
            node = READER.readTree(text);
        } catch (JsonProcessingException e) {
            throw bad(file, line, e);
        }
        return checked(file, line, node);
    }

    /**
     * Parses the next value of a parser positioned inside a top-level array; a syntax error is left to the caller,
     * since nothing after it can be read.
     */
    static JsonNode read(Path file, long line, JsonParser parser) throws IOException {
        parser.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        return checked(file, line, Json.MAPPER.readTree(parser));
    }

    /** Why a record is not acceptable JSON, in the user's words. */
    static String reason(JsonProcessingException e) {
        Matcher m = DUPLICATE.matcher(e.getOriginalMessage());
        if (m.find()) {
            return "the key '" + m.group(1) + "' appears twice in one record";
        }
        return "not valid JSON: " + e.getOriginalMessage();
    }

    private static BadInputException bad(Path file, long line, JsonProcessingException e) {
        return new BadInputException(file, line, reason(e));
    }

    /** Refuses numbers that overflowed to infinity on reading, wherever they sit in the record. */
    private static JsonNode checked(Path file, long line, JsonNode node) {
        String where = nonFinite(node, "");
        if (where != null) {
            throw new BadInputException(file, line, "the number at '" + where + "' is too large to store "
                    + "(it would become Infinity)");
        }
        return node;
    }

    private static String nonFinite(JsonNode node, String path) {
        if (node == null) {
            return null;
        }
        if (node.isFloatingPointNumber() && !Double.isFinite(node.asDouble())) {
            return path.isEmpty() ? "(value)" : path;
        }
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                String found = nonFinite(e.getValue(), path.isEmpty() ? e.getKey() : path + "." + e.getKey());
                if (found != null) {
                    return found;
                }
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                String found = nonFinite(node.get(i), path + "[" + i + "]");
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
